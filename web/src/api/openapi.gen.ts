/* Generated from openapi.json by scripts/openapi-types.ts: do not edit. Run `npm run openapi:snapshot`. */

/** The named schemas of the API (OpenAPI components). */
export interface Schemas {
  /** A record named by id and name. */
  Ref: {
    id: string;
    name: string;
  };
  Error: {
    error: {
      code: "BAD_INPUT" | "IMPORT_REJECTED" | "REPORTING_CYCLE" | "CONFIG_INVALID" | "NOT_FOUND" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "CSRF_FAILED" | "OIDC_FAILED" | "WEBHOOK_SIGNATURE_INVALID" | "WEBHOOK_REJECTED" | "RATE_LIMITED" | "STORE_UNAVAILABLE" | "INTERNAL";
      message: string;
      problems?: string[];
    };
  };
  AccessLogItem: {
    /** ISO 8601, UTC */
    at: string;
    /** Who acted; the operator (id "operator") for the command line */
    actor: {
      id: string;
      email: string;
      name: string;
    };
    action: string;
    resourceType: string;
    resourceId: string | null;
  };
  AuditItem: {
    /** ISO 8601, UTC */
    at: string;
    /** Who acted; the operator (id "operator") for the command line */
    actor: {
      id: string;
      email: string;
      name: string;
    };
    action: string;
    resourceType: string;
    resourceId: string | null;
    /** Whose record it was */
    subjectPerson: string | null;
  };
  Account: {
    id: string;
    email: string;
    /** The linked person’s name, or the email for accounts without one */
    name: string;
    personId: string | null;
    roles: ("engineer" | "manager" | "people-partner" | "compensation-reviewer" | "calibrator" | "admin")[];
  };
  Session: {
    account: Schemas["Account"];
    /** Send as the x-csrf-token header on every non-GET request made with the session cookie (empty for API tokens, which need none) */
    csrfToken: string;
  };
  SignInProviders: {
    password: true;
    oidc: {
      enabled: boolean;
      name?: string;
    };
  };
  DeliveryTier: {
    level: "elite" | "high" | "medium" | "low";
    report: number;
    label: string;
    beyondTable: boolean;
    alsoMatches: string[];
  } | null;
  DeliveryMetrics: {
    services: string[];
    environment: string;
    /** Epoch ms, inclusive */
    from: number;
    /** Epoch ms, exclusive */
    to: number;
    timeZone: string;
    deploymentFrequency: {
      deployments: number;
      perDay: number | null;
      perWeek: number | null;
      deployDaysPerWeek: number | null;
      category: "on-demand" | "daily-to-weekly" | "weekly-to-monthly" | "monthly-to-6-monthly" | "fewer-than-6-monthly" | null;
    };
    leadTime: {
      /** Hours; null when there is not enough data */
      medianHours: number | null;
      /** Hours; null when there is not enough data */
      p75Hours: number | null;
      /** Hours; null when there is not enough data */
      p90Hours: number | null;
      n: number;
      skewed: number;
      includeMerges: boolean;
    };
    changeFailureRate: {
      rate: number | null;
      failed: number;
      deployments: number;
    };
    recoveryTime: {
      /** Hours; null when there is not enough data */
      medianHours: number | null;
      n: number;
      open: number;
    };
    reworkRate: {
      rate: number | null;
      rework: number;
      deployments: number;
    };
    timeToRestore: {
      /** Hours; null when there is not enough data */
      medianHours: number | null;
      n: number;
    };
    unattributedIncidents: number;
    failedAttempts: number;
    undeployedChanges: {
      count: number;
      oldestAgeHours: number | null;
    };
    baselineChanges: number;
  };
  /** Team and service context, never an individual score. */
  DeliveryReport: {
    scope: {
      kind: "service" | "team" | "org";
      id: string | null;
      name: string;
      team: string | null;
      timeZone: string;
      services: string[];
    };
    metrics: Schemas["DeliveryMetrics"];
    tier: {
      report: number;
      deploymentFrequency: Schemas["DeliveryTier"];
      leadTime: Schemas["DeliveryTier"];
      recoveryTime: Schemas["DeliveryTier"];
      changeFailureRate: Schemas["DeliveryTier"];
    };
    trend: ({
      week: string;
      deployments: number;
      failed: number;
      leadTimeMedianHours: number | null;
      leadTimeN: number;
    })[];
  };
  /** One event behind a figure: the deployment, change or incident it names, and its hours where it has a duration. */
  DeliveryEvent: {
    deployment?: string;
    change?: string;
    incident?: string;
    hours?: number;
    /** Why a deployment counts as failed */
    causes?: {
      type: string;
      [key: string]: unknown;
    }[];
    /** Why a deployment counts as rework */
    reasons?: {
      type: string;
      [key: string]: unknown;
    }[];
    /** What recovered a failed deployment */
    by?: {
      type: string;
      [key: string]: unknown;
    };
  };
  /** A page of the events behind one figure, in the order the figure counted them. */
  DeliveryEvents: {
    list: "deployments" | "leadTimes" | "skewed" | "failed" | "recoveries" | "open" | "rework" | "restored" | "unattributedIncidents" | "failedAttempts" | "undeployedChanges" | "baselineChanges";
    total: number;
    offset: number;
    limit: number;
    items: Schemas["DeliveryEvent"][];
  };
  /** Each metric before and after t, with a seeded 95% bootstrap interval. */
  DeliveryComparison: {
    scope: {
      kind: "service" | "team" | "org";
      id: string | null;
      name: string;
      team: string | null;
      timeZone: string;
      services: string[];
    };
    t: number;
    windowDays: number;
    seed: number;
    resamples: number;
    metrics: {
      deploymentFrequency: {
        before: number | null;
        after: number | null;
        difference: number | null;
        nBefore: number;
        nAfter: number;
        /** 95% bootstrap interval of the difference */
        ci: unknown[] | null;
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
      };
      leadTime: {
        before: number | null;
        after: number | null;
        difference: number | null;
        nBefore: number;
        nAfter: number;
        /** 95% bootstrap interval of the difference */
        ci: unknown[] | null;
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
      };
      changeFailureRate: {
        before: number | null;
        after: number | null;
        difference: number | null;
        nBefore: number;
        nAfter: number;
        /** 95% bootstrap interval of the difference */
        ci: unknown[] | null;
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
      };
      recoveryTime: {
        before: number | null;
        after: number | null;
        difference: number | null;
        nBefore: number;
        nAfter: number;
        /** 95% bootstrap interval of the difference */
        ci: unknown[] | null;
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
      };
      reworkRate: {
        before: number | null;
        after: number | null;
        difference: number | null;
        nBefore: number;
        nAfter: number;
        /** 95% bootstrap interval of the difference */
        ci: unknown[] | null;
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
      };
    };
  };
  Health: {
    status: "ok";
    database: "sqlite" | "postgres";
    version: string;
  };
  Person: {
    id: string;
    name: string;
    email: string | null;
    team: string | null;
    manager: string | null;
    level: string | null;
    track: string | null;
    timezone: string | null;
    workingHours: string | null;
    startDate: string | null;
    active: boolean;
  };
  PersonDetail: {
    person: Schemas["Person"];
    manager: Schemas["Ref"] | null;
    /** Active direct reports */
    directReports: Schemas["Ref"][];
  };
  PersonPrivate: {
    person: {
      id: string;
      name: string;
      team: string | null;
      manager: string | null;
    };
    /** Newest first, at most 500 */
    oncallShifts: ({
      id: string;
      /** ISO 8601, UTC */
      start: string;
      /** ISO 8601, UTC */
      end: string;
      schedule: string | null;
    })[];
    /** Newest first, at most 500 */
    pages: ({
      id: string;
      /** ISO 8601, UTC */
      at: string;
      service: string | null;
      urgency: string | null;
      actionable: boolean | null;
      acknowledgedAt: string | null;
      resolvedAt: string | null;
    })[];
    /** Full counts in the 90-day window */
    counts: {
      shifts: number;
      pages: number;
    };
  };
  Service: {
    id: string;
    name: string;
    /** Id of the owning team */
    team: string;
  };
  ServiceDetail: {
    service: Schemas["Service"];
    /** The owning team */
    team: Schemas["Ref"] | null;
  };
  Team: {
    id: string;
    name: string;
    parent: string | null;
    timezone: string | null;
    /** Active people in the team */
    members: number;
    /** Services the team owns */
    services: number;
  };
  TeamDetail: {
    team: Schemas["Team"];
    parent: Schemas["Ref"] | null;
    children: Schemas["Ref"][];
    /** Active people in the team */
    members: Schemas["Ref"][];
    services: Schemas["Ref"][];
  };
  NewApiToken: {
    id: string;
    name: string;
    /** `trellis_…`, shown this once; send as `Authorization: Bearer <token>` */
    token: string;
  };
  ApiToken: {
    id: string;
    name: string;
    /** ISO 8601, UTC */
    createdAt: string;
    lastUsedAt: string | null;
    revokedAt: string | null;
  };
  WebhookOutcome: {
    /** Records written (inserted or updated) */
    stored: number;
    /** Why each part of the event that is not stored was left out */
    ignored: string[];
  };
}

/** Every operation of the API, keyed by `METHOD /path` as in the OpenAPI document. */
export interface Operations {
  /** Is the server up and can it reach its database? */
  "GET /api/health": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["Health"];
  };
  /** The OpenAPI 3 document of this API */
  "GET /api/openapi.json": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: {
      openapi: string;
      info: {
        title: string;
        version: string;
        [key: string]: unknown;
      };
      paths: Record<string, unknown>;
      [key: string]: unknown;
    };
  };
  /** Sign in with email and password (sets the trellis_session cookie) */
  "POST /api/auth/sign-in": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      email: string;
      password: string;
    };
    response: Schemas["Session"];
  };
  /** Sign out (ends the session, clears the cookie) */
  "POST /api/auth/sign-out": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: null;
  };
  /** The signed-in account and its CSRF token */
  "GET /api/auth/me": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["Session"];
  };
  /** Which ways of signing in this server offers */
  "GET /api/auth/providers": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["SignInProviders"];
  };
  /** Start signing in through the OIDC provider (redirects there) */
  "GET /api/auth/oidc/start": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: unknown;
  };
  /** Where the OIDC provider sends the browser back (signs in, redirects to /) */
  "GET /api/auth/oidc/callback": {
    params: Record<never, never>;
    query: {
      code?: string;
      state?: string;
    };
    body: never;
    response: unknown;
  };
  /** List teams */
  "GET /api/teams": {
    params: Record<never, never>;
    query: {
      /** Case-insensitive substring of id or name */
      q?: string;
      limit?: number;
      offset?: number;
      /** Only the child teams of this team */
      parent?: string;
    };
    body: never;
    response: {
      items: Schemas["Team"][];
      total: number;
      limit: number;
      offset: number;
    };
  };
  /** One team with its parent, child teams, members and services */
  "GET /api/teams/{id}": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["TeamDetail"];
  };
  /** List people */
  "GET /api/people": {
    params: Record<never, never>;
    query: {
      /** Case-insensitive substring of id or name */
      q?: string;
      limit?: number;
      offset?: number;
      /** Only people in this team */
      team?: string;
      /** Only the direct reports of this person */
      manager?: string;
    };
    body: never;
    response: {
      items: Schemas["Person"][];
      total: number;
      limit: number;
      offset: number;
    };
  };
  /** One person with their manager and direct reports */
  "GET /api/people/{id}": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["PersonDetail"];
  };
  /** A person’s on-call shifts and pages of the last 90 days (the person, their manager line and people partners; every read is audited) */
  "GET /api/people/{id}/private": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["PersonPrivate"];
  };
  /** The audit log, newest first (administrators) */
  "GET /api/audit": {
    params: Record<never, never>;
    query: {
      limit?: number;
      offset?: number;
      /** Only entries about this person’s records */
      subject?: string;
    };
    body: never;
    response: {
      items: Schemas["AuditItem"][];
      total: number;
    };
  };
  /** Who read or changed this person’s records (others than the person), newest first */
  "GET /api/people/{id}/access-log": {
    params: {
      id: string;
    };
    query: {
      limit?: number;
      offset?: number;
    };
    body: never;
    response: {
      items: Schemas["AccessLogItem"][];
      total: number;
    };
  };
  /** List services */
  "GET /api/services": {
    params: Record<never, never>;
    query: {
      /** Case-insensitive substring of id or name */
      q?: string;
      limit?: number;
      offset?: number;
      /** Only services owned by this team */
      team?: string;
    };
    body: never;
    response: {
      items: Schemas["Service"][];
      total: number;
      limit: number;
      offset: number;
    };
  };
  /** One service with its owning team */
  "GET /api/services/{id}": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["ServiceDetail"];
  };
  /** A service's delivery metrics (the events behind them: …/events) */
  "GET /api/delivery/services/{id}": {
    params: {
      id: string;
    };
    query: {
      /** Deployment environment */
      env?: string;
      /** Start of the window (default: 90 days before `to`) */
      from?: string;
      /** End of the window, exclusive (default: now) */
      to?: string;
      /** DORA report year for the tiers */
      report?: "2023" | "2024";
      /** Count merge commits in lead time */
      includeMerges?: "true" | "false";
    };
    body: never;
    response: Schemas["DeliveryReport"];
  };
  /** A team's delivery metrics, pooled over its services */
  "GET /api/delivery/teams/{id}": {
    params: {
      id: string;
    };
    query: {
      /** Deployment environment */
      env?: string;
      /** Start of the window (default: 90 days before `to`) */
      from?: string;
      /** End of the window, exclusive (default: now) */
      to?: string;
      /** DORA report year for the tiers */
      report?: "2023" | "2024";
      /** Count merge commits in lead time */
      includeMerges?: "true" | "false";
    };
    body: never;
    response: Schemas["DeliveryReport"];
  };
  /** A service before and after a moment */
  "GET /api/delivery/services/{id}/compare": {
    params: {
      id: string;
    };
    query: {
      /** The moment the work shipped */
      t: string;
      windowDays?: number;
      env?: string;
    };
    body: never;
    response: Schemas["DeliveryComparison"];
  };
  /** A team before and after a moment */
  "GET /api/delivery/teams/{id}/compare": {
    params: {
      id: string;
    };
    query: {
      /** The moment the work shipped */
      t: string;
      windowDays?: number;
      env?: string;
    };
    body: never;
    response: Schemas["DeliveryComparison"];
  };
  /** Delivery metrics of the whole organisation */
  "GET /api/delivery/org": {
    params: Record<never, never>;
    query: {
      /** Deployment environment */
      env?: string;
      /** Start of the window (default: 90 days before `to`) */
      from?: string;
      /** End of the window, exclusive (default: now) */
      to?: string;
      /** DORA report year for the tiers */
      report?: "2023" | "2024";
      /** Count merge commits in lead time */
      includeMerges?: "true" | "false";
    };
    body: never;
    response: Schemas["DeliveryReport"];
  };
  /** The events behind one of a service’s delivery figures, a page at a time */
  "GET /api/delivery/services/{id}/events": {
    params: {
      id: string;
    };
    query: {
      /** Deployment environment */
      env?: string;
      /** Start of the window (default: 90 days before `to`) */
      from?: string;
      /** End of the window, exclusive (default: now) */
      to?: string;
      /** Count merge commits in lead time */
      includeMerges?: "true" | "false";
      /** Which events: deployments (frequency), leadTimes, skewed, failed (CFR), recoveries, open, rework, restored (time to restore), … */
      list: "deployments" | "leadTimes" | "skewed" | "failed" | "recoveries" | "open" | "rework" | "restored" | "unattributedIncidents" | "failedAttempts" | "undeployedChanges" | "baselineChanges";
      offset?: number;
      limit?: number;
    };
    body: never;
    response: Schemas["DeliveryEvents"];
  };
  /** The events behind one of a team’s delivery figures, a page at a time */
  "GET /api/delivery/teams/{id}/events": {
    params: {
      id: string;
    };
    query: {
      /** Deployment environment */
      env?: string;
      /** Start of the window (default: 90 days before `to`) */
      from?: string;
      /** End of the window, exclusive (default: now) */
      to?: string;
      /** Count merge commits in lead time */
      includeMerges?: "true" | "false";
      /** Which events: deployments (frequency), leadTimes, skewed, failed (CFR), recoveries, open, rework, restored (time to restore), … */
      list: "deployments" | "leadTimes" | "skewed" | "failed" | "recoveries" | "open" | "rework" | "restored" | "unattributedIncidents" | "failedAttempts" | "undeployedChanges" | "baselineChanges";
      offset?: number;
      limit?: number;
    };
    body: never;
    response: Schemas["DeliveryEvents"];
  };
  /** The events behind one of the organisation’s delivery figures, a page at a time */
  "GET /api/delivery/org/events": {
    params: Record<never, never>;
    query: {
      /** Deployment environment */
      env?: string;
      /** Start of the window (default: 90 days before `to`) */
      from?: string;
      /** End of the window, exclusive (default: now) */
      to?: string;
      /** Count merge commits in lead time */
      includeMerges?: "true" | "false";
      /** Which events: deployments (frequency), leadTimes, skewed, failed (CFR), recoveries, open, rework, restored (time to restore), … */
      list: "deployments" | "leadTimes" | "skewed" | "failed" | "recoveries" | "open" | "rework" | "restored" | "unattributedIncidents" | "failedAttempts" | "undeployedChanges" | "baselineChanges";
      offset?: number;
      limit?: number;
    };
    body: never;
    response: Schemas["DeliveryEvents"];
  };
  /** Your API tokens, newest first (administrators) */
  "GET /api/tokens": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: {
      items: Schemas["ApiToken"][];
    };
  };
  /** Create an API token for yourself (administrators) */
  "POST /api/tokens": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      name: string;
    };
    response: Schemas["NewApiToken"];
  };
  /** Revoke one of your API tokens */
  "DELETE /api/tokens/{id}": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: null;
  };
  /** GitHub webhook: deployment_status, push, issues (signed with X-Hub-Signature-256) */
  "POST /api/webhooks/github": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["WebhookOutcome"];
  };
  /** GitLab webhook: Deployment Hook, Push Hook, Merge Request Hook (X-Gitlab-Token) */
  "POST /api/webhooks/gitlab": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["WebhookOutcome"];
  };
  /** PagerDuty v3 webhook: incident.triggered/acknowledged/resolved (X-PagerDuty-Signature) */
  "POST /api/webhooks/pagerduty": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["WebhookOutcome"];
  };
  /** Opsgenie alert webhook: Create, Acknowledge, Close (x-trellis-webhook-token header) */
  "POST /api/webhooks/opsgenie": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["WebhookOutcome"];
  };
}
