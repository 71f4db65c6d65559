/**
 * `/templates`: the organisation's templates — quarterly goals, review packet, 1:1 agenda,
 * support plan, promotion case. Everyone reads them; administrators save new versions.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { isAdmin, useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { DataTable } from '../../components/Table';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { TemplateEditor } from './TemplateEditor';

type Template = Schemas['Template'];

export function TemplatesPage() {
  const account = useAccount();
  const result = useApi('templates', (signal) => api('GET /api/templates', { signal }));
  const [kind, setKind] = useState<Template['kind']>('one-on-one-agenda');
  const admin = isAdmin(account);
  return (
    <>
      <PageHeader title="Templates" lead={admin ? 'What people start from when they write. Saving makes a new version; what was written with an older one keeps it.' : 'What people start from when they write. Administrators edit them.'} />
      <Async result={result} label="templates">
        {({ items }) => (
          <>
            <DataTable
              caption="Templates in force"
              columns={[
                { key: 'name', header: 'Template', rowHeader: true, cell: (t) => t.name, sortBy: (t) => t.name },
                { key: 'version', header: 'Version', cell: (t) => `${t.version}${t.builtIn ? ' (Trellis default)' : ''}`, sortBy: (t) => t.version },
                { key: 'sections', header: 'Sections', cell: (t) => t.sections.length },
                { key: 'saved', header: 'Saved', cell: (t) => (t.createdAt ? formatDate(t.createdAt) : '—') },
                {
                  key: 'open',
                  header: admin ? 'Edit' : 'Read',
                  cell: (t) => (
                    <button type="button" className="button secondary" aria-pressed={t.kind === kind} onClick={() => setKind(t.kind)}>
                      {admin ? `Edit ${t.name.toLowerCase()}` : `Read ${t.name.toLowerCase()}`}
                    </button>
                  ),
                },
              ]}
              rows={items}
              rowKey={(t) => t.kind}
            />
            <TemplateEditor key={kind} kind={kind} mayEdit={admin} onSaved={result.retry} />
          </>
        )}
      </Async>
    </>
  );
}
