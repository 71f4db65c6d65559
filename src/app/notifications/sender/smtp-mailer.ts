/** The Mailer over SMTP (nodemailer), from the validated configuration. */
import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../../../config-smtp.js';
import type { Mailer } from './deliver-email.js';

export function smtpMailer(smtp: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.auth ? { auth: { user: smtp.auth.user, pass: smtp.auth.password } } : {}),
    // Reuse a few connections: a cycle opening for 200 people is 200 emails, not 200 handshakes.
    pool: true,
    maxConnections: 3,
    // A mail server that hangs must not hold a delivery for minutes: fail the attempt and back off.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(m) {
      await transport.sendMail({ from: smtp.from, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => transport.close(),
  };
}
