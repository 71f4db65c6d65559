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
      code: "BAD_INPUT" | "IMPORT_REJECTED" | "REPORTING_CYCLE" | "CONFIG_INVALID" | "NOT_FOUND" | "CONFLICT" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "CSRF_FAILED" | "OIDC_FAILED" | "WEBHOOK_SIGNATURE_INVALID" | "WEBHOOK_REJECTED" | "RATE_LIMITED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "LIMIT_REACHED" | "STORE_UNAVAILABLE" | "SOURCE_UNAVAILABLE" | "INTERNAL";
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
    /** What happened, in words: "Viewed compensation in “Annual review 2026”" */
    summary: string;
    /** The note written with the entry ("self review"); null when none */
    detail: string | null;
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
    /** What happened, in words: "Viewed compensation in “Annual review 2026”" */
    summary: string;
    /** The note written with the entry ("self review"); null when none */
    detail: string | null;
    resourceType: string;
    resourceId: string | null;
    /** Whose record it was (person id) */
    subjectPerson: string | null;
    /** That person’s name; null when there is no subject or the person is no longer known */
    subjectName: string | null;
    /** Whose records it was: the subject, or every person a list read named */
    subjects: ({
      id: string;
      name: string | null;
    })[];
  };
  Compensation: {
    cycle: string;
    person: string;
    /** e.g. proposedBand, adjustment */
    fields: Record<string, string | number | boolean | null>;
    updatedBy: string | null;
    /** ISO 8601, UTC */
    updatedAt: string;
  };
  CompensationBand: {
    level: string;
    track: string;
    currency: string;
    min: number;
    mid: number;
    max: number;
  };
  CompensationBudget: {
    cycle: string;
    currency: string;
    amount: number;
    updatedAt: string;
    updatedBy: string | null;
  };
  CompensationRow: {
    person: {
      id: string;
      name: string;
      team: string | null;
      level: string | null;
      track: string | null;
    };
    /** The band for their level and track (in the budget’s currency when a budget is set) */
    band: Schemas["CompensationBand"] | null;
    /** Rating values once calibration is done; null before */
    ratings: {
      signal: string;
      value: string;
    }[] | null;
    compensation: Schemas["Compensation"] | null;
    /** False on your own row: nobody changes their own compensation */
    mayEdit: boolean;
  };
  CompensationBands: {
    bands: Schemas["CompensationBand"][];
    importedAt: string | null;
    importedBy: string | null;
  };
  ReviewSignal: {
    id: string;
    name: string;
    definition: string;
    strongExamples: string[];
    needsSupportExamples: string[];
    exceedsExamples?: string[];
    weight?: number;
  };
  Rubric: {
    id: string;
    version: number;
    name: string;
    signals: Schemas["ReviewSignal"][];
    /** Ordinal, lowest first */
    scale: string[];
    publishedAt: string | null;
    /** Account id */
    publishedBy: string | null;
  };
  RubricAnnouncement: {
    id: string;
    version: number;
    /** ISO 8601, UTC */
    at: string;
    by: string | null;
    changes: string[];
  };
  RubricView: {
    rubric: Schemas["Rubric"];
    versions: number[];
    announcements: Schemas["RubricAnnouncement"][];
  };
  ReviewCycle: {
    id: string;
    kind: "check-in" | "annual" | "promotion";
    name: string;
    /** ISO 8601, UTC */
    periodFrom: string;
    /** ISO 8601, UTC */
    periodTo: string;
    state: "draft" | "published" | "writing" | "calibrating" | "finalized" | "shared";
    /** The one state it may move to next; null once shared */
    nextState: "draft" | "published" | "writing" | "calibrating" | "finalized" | "shared" | null;
    rubric: {
      id: string;
      version: number;
    } | null;
    ladder: {
      id: string;
      version: number;
    } | null;
    history: ({
      state: "draft" | "published" | "writing" | "calibrating" | "finalized" | "shared";
      /** ISO 8601, UTC */
      at: string;
      by: string | null;
    })[];
    /** Due day (YYYY-MM-DD) of each step; null where none was set */
    deadlines: {
      selfReview: string | null;
      managerReview: string | null;
      calibration: string | null;
      sharing: string | null;
    };
  };
  CycleParticipant: {
    id: string;
    name: string;
    team: string | null;
    manager: string | null;
    /** Null where you may not read their ratings */
    ratings: number | null;
    /** Which of their pages you may open (from the access policy) */
    mayOpen: {
      ratings: boolean;
      packet: boolean;
    };
    /** Whether each review is written and how many calibration changes the ratings had; null where you may not know */
    progress: {
      selfReview: boolean | null;
      managerReview: boolean | null;
      calibrationChanges: number | null;
    };
  };
  /** A needs-support rating without feedback on the signal shared at least 30 days before it */
  SurpriseFlag: {
    rating: string;
    person: string;
    signal: string;
    /** ISO 8601, UTC */
    at: string;
    reason: string;
    nearestFeedback: string | null;
  };
  CycleView: {
    cycle: Schemas["ReviewCycle"];
    rubric: Schemas["Rubric"] | null;
    /** People in the cycle you may see and open something of */
    participants: Schemas["CycleParticipant"][];
    /** People in the cycle within your view whose ratings and packet you may not open */
    notOpenable: number;
    /** Active people with no team, so not in this cycle (shown to those who see everyone) */
    leftOut: {
      id: string;
      name: string;
    }[];
    /** Across everyone the cycle covers (people partners, calibrators, administrators); null for others */
    completion: {
      participants: number;
      selfReviews: number;
      managerReviews: number;
      fullyRated: number;
    } | null;
  };
  SharedFeedback: {
    id: string;
    person: string;
    author: string | null;
    signal: string | null;
    text: string;
    sharedAt: string | null;
    /** ISO 8601, UTC */
    createdAt: string;
  };
  FeedbackRequest: {
    id: string;
    group: string;
    cycle: string;
    cycleName: string;
    subject: string;
    subjectName: string;
    writer: string;
    writerName: string;
    kind: "peer" | "upward";
    note: string | null;
    /** ISO 8601, UTC */
    createdAt: string;
    answeredAt: string | null;
    /** The cycle’s self-review deadline (else manager-review), when it set one */
    due: string | null;
  };
  FeedbackAttributionPolicy: {
    kind: "manager" | "self" | "peer" | "upward" | "praise";
    attribution: string;
    mayBeAnonymous: boolean;
    visibilities: ("shared" | "private-to-manager")[];
    /** Shown to the writer before they write */
    notice: string;
  };
  FeedbackEntry: {
    id: string;
    person: string;
    kind: "manager" | "self" | "peer" | "upward" | "praise";
    visibility: "shared" | "private-to-manager";
    anonymous: boolean;
    /** Null for anonymous feedback */
    authorName: string | null;
    signal: string | null;
    cycle: string | null;
    continueText: string | null;
    continueExample: string | null;
    changeText: string | null;
    changeExample: string | null;
    text: string;
    cited: {
      id: string;
      title: string;
      date: string;
      kind: string;
    }[];
    sharedAt: string | null;
    /** ISO 8601, UTC */
    createdAt: string;
  };
  Rating: {
    id: string;
    person: string;
    signal: string;
    value: string;
    rationale: string;
    /** Ids of the evidence items cited (see `cited` for their titles) */
    evidence: string[];
    /** Free text beside the citations; context, never counted as evidence */
    context: string;
    author: string | null;
    /** Last saved */
    at: string;
    /** When the current value was first decided: the no-surprises check counts from here */
    decidedAt: string;
    /** When the signal was first rated */
    firstRatedAt: string;
  };
  /** An evidence item of the person’s living document that a rating or review cites */
  CitedItem: {
    id: string;
    title: string;
    /** YYYY-MM-DD */
    date: string;
    kind: string;
  };
  RatingChange: {
    id: string;
    rating: string;
    signal: string;
    by: string | null;
    from: string;
    to: string;
    reason: "scope" | "complexity" | "impact" | "consistency";
    note: string;
    /** ISO 8601, UTC */
    at: string;
  };
  RatingNote: {
    id: string;
    person: string;
    signal: string | null;
    kind: "comment" | "challenge";
    author: string | null;
    text: string;
    /** ISO 8601, UTC */
    at: string;
    /** Challenges only */
    state: "open" | "answered" | null;
    answer: {
      by: string | null;
      text: string;
      /** ISO 8601, UTC */
      at: string;
    } | null;
  };
  PersonRatings: {
    cycle: Schemas["ReviewCycle"];
    person: {
      id: string;
      name: string;
      manager: string | null;
    };
    rubric: Schemas["Rubric"] | null;
    ratings: Schemas["Rating"][];
    changes: Schemas["RatingChange"][];
    notes: Schemas["RatingNote"][];
    flags: Schemas["SurpriseFlag"][];
    cited: Schemas["CitedItem"][];
  };
  ReviewWriteups: {
    self: {
      text: string;
      citations: string[];
      author: string | null;
      /** ISO 8601, UTC */
      updatedAt: string;
    } | null;
    manager: {
      text: string;
      citations: string[];
      author: string | null;
      /** ISO 8601, UTC */
      updatedAt: string;
    } | null;
    /** Why the manager review is withheld from you (the engineer before the cycle is shared); null when shown */
    managerHidden: string | null;
    drafts: {
      /** The reader’s own draft; drafts are private to their writer */
      self: {
        text: string;
        citations: string[];
        author: string | null;
        /** ISO 8601, UTC */
        updatedAt: string;
      } | null;
      /** The reader’s own draft; drafts are private to their writer */
      manager: {
        text: string;
        citations: string[];
        author: string | null;
        /** ISO 8601, UTC */
        updatedAt: string;
      } | null;
    };
    cited: Schemas["CitedItem"][];
    mayWrite: {
      self: boolean;
      manager: boolean;
    };
  };
  WrittenReview: {
    text: string;
    citations: string[];
    author: string | null;
    /** ISO 8601, UTC */
    updatedAt: string;
    draft: boolean;
  };
  CitableEvidence: {
    period: {
      /** ISO 8601, UTC */
      from: string;
      /** exclusive */
      to: string;
    };
    items: ({
      id: string;
      title: string;
      /** YYYY-MM-DD */
      date: string;
      kind: string;
      signals: string[];
      /** null: activity (no outcome link) */
      outcome: string | null;
    })[];
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
  /** When each deployment, change and incident named on the page happened, with its commit, title and source link where known. */
  DeliveryEventDetails: {
    deployments: Record<string, {
      finishedAt: string;
      commit?: string;
      /** Where to open the record at its source (http(s)) */
      url?: string;
    }>;
    changes: Record<string, {
      committedAt: string;
      /** Where to open the record at its source (http(s)) */
      url?: string;
    }>;
    incidents: Record<string, {
      startedAt: string;
      title?: string;
      /** Where to open the record at its source (http(s)) */
      url?: string;
    }>;
  };
  /** A page of the events behind one figure, in the order the figure counted them. */
  DeliveryEvents: {
    list: "deployments" | "leadTimes" | "skewed" | "failed" | "recoveries" | "open" | "rework" | "restored" | "unattributedIncidents" | "failedAttempts" | "undeployedChanges" | "baselineChanges";
    total: number;
    offset: number;
    limit: number;
    items: Schemas["DeliveryEvent"][];
    details: Schemas["DeliveryEventDetails"];
  };
  /** Each metric before and after t, with a 95% interval of the difference and a verdict (docs/metrics.md). */
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
    /** Days each side actually covers (shortened when the data ends sooner) */
    windowDays: number;
    requestedWindowDays: number;
    /** The latest record (epoch ms); null with no data */
    dataEnd: number | null;
    /** Deployments this close to the data end are not judged for failure yet */
    failureLagDays: number;
    seed: number;
    resamples: number;
    /** What was shortened or left out, in words */
    notes: string[];
    metrics: {
      deploymentFrequency: {
        before: number | null;
        after: number | null;
        difference: number | null;
        /** How many of `unit` the before value rests on */
        nBefore: number;
        /** How many of `unit` the after value rests on */
        nAfter: number;
        /** What n counts: frequency is measured over days, lead time over changes */
        unit: "days" | "changes" | "deployments" | "recoveries";
        /** Lead time: the deployments its changes shipped in (the units the interval resamples); null otherwise */
        groupsBefore: number | null;
        groupsAfter: number | null;
        /** 95% interval of the difference; null when there is too little data for one */
        ci: unknown[] | null;
        /** How the interval was made (docs/metrics.md) */
        method: "newcombe-wilson" | "deployment-bootstrap" | "welch-weeks" | "bootstrap";
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
        /** Why no verdict could be given (too little data, window too short); null when the interval decided */
        noVerdictReason: string | null;
        /** The after side ends here (epoch ms): earlier than t + window for failure-based metrics near the data end */
        afterTo: number;
      };
      leadTime: {
        before: number | null;
        after: number | null;
        difference: number | null;
        /** How many of `unit` the before value rests on */
        nBefore: number;
        /** How many of `unit` the after value rests on */
        nAfter: number;
        /** What n counts: frequency is measured over days, lead time over changes */
        unit: "days" | "changes" | "deployments" | "recoveries";
        /** Lead time: the deployments its changes shipped in (the units the interval resamples); null otherwise */
        groupsBefore: number | null;
        groupsAfter: number | null;
        /** 95% interval of the difference; null when there is too little data for one */
        ci: unknown[] | null;
        /** How the interval was made (docs/metrics.md) */
        method: "newcombe-wilson" | "deployment-bootstrap" | "welch-weeks" | "bootstrap";
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
        /** Why no verdict could be given (too little data, window too short); null when the interval decided */
        noVerdictReason: string | null;
        /** The after side ends here (epoch ms): earlier than t + window for failure-based metrics near the data end */
        afterTo: number;
      };
      changeFailureRate: {
        before: number | null;
        after: number | null;
        difference: number | null;
        /** How many of `unit` the before value rests on */
        nBefore: number;
        /** How many of `unit` the after value rests on */
        nAfter: number;
        /** What n counts: frequency is measured over days, lead time over changes */
        unit: "days" | "changes" | "deployments" | "recoveries";
        /** Lead time: the deployments its changes shipped in (the units the interval resamples); null otherwise */
        groupsBefore: number | null;
        groupsAfter: number | null;
        /** 95% interval of the difference; null when there is too little data for one */
        ci: unknown[] | null;
        /** How the interval was made (docs/metrics.md) */
        method: "newcombe-wilson" | "deployment-bootstrap" | "welch-weeks" | "bootstrap";
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
        /** Why no verdict could be given (too little data, window too short); null when the interval decided */
        noVerdictReason: string | null;
        /** The after side ends here (epoch ms): earlier than t + window for failure-based metrics near the data end */
        afterTo: number;
      };
      recoveryTime: {
        before: number | null;
        after: number | null;
        difference: number | null;
        /** How many of `unit` the before value rests on */
        nBefore: number;
        /** How many of `unit` the after value rests on */
        nAfter: number;
        /** What n counts: frequency is measured over days, lead time over changes */
        unit: "days" | "changes" | "deployments" | "recoveries";
        /** Lead time: the deployments its changes shipped in (the units the interval resamples); null otherwise */
        groupsBefore: number | null;
        groupsAfter: number | null;
        /** 95% interval of the difference; null when there is too little data for one */
        ci: unknown[] | null;
        /** How the interval was made (docs/metrics.md) */
        method: "newcombe-wilson" | "deployment-bootstrap" | "welch-weeks" | "bootstrap";
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
        /** Why no verdict could be given (too little data, window too short); null when the interval decided */
        noVerdictReason: string | null;
        /** The after side ends here (epoch ms): earlier than t + window for failure-based metrics near the data end */
        afterTo: number;
      };
      reworkRate: {
        before: number | null;
        after: number | null;
        difference: number | null;
        /** How many of `unit` the before value rests on */
        nBefore: number;
        /** How many of `unit` the after value rests on */
        nAfter: number;
        /** What n counts: frequency is measured over days, lead time over changes */
        unit: "days" | "changes" | "deployments" | "recoveries";
        /** Lead time: the deployments its changes shipped in (the units the interval resamples); null otherwise */
        groupsBefore: number | null;
        groupsAfter: number | null;
        /** 95% interval of the difference; null when there is too little data for one */
        ci: unknown[] | null;
        /** How the interval was made (docs/metrics.md) */
        method: "newcombe-wilson" | "deployment-bootstrap" | "welch-weeks" | "bootstrap";
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
        /** Why no verdict could be given (too little data, window too short); null when the interval decided */
        noVerdictReason: string | null;
        /** The after side ends here (epoch ms): earlier than t + window for failure-based metrics near the data end */
        afterTo: number;
      };
    };
  };
  /** Each team's delivery against its own past, with a verdict only where enough events each side support one. */
  OrgTeamTrends: {
    /** Epoch ms, [from, to) */
    window: {
      from: number;
      to: number;
    };
    /** Set when the data end well before the asked end: both periods then end there (epoch ms) */
    dataEndsAt: number | null;
    /** The period before, of the same length */
    previous: {
      from: number;
      to: number;
    };
    environment: string;
    /** By name, never ranked: each team against its own previous period */
    teams: ({
      id: string;
      name: string;
      services: number;
      trend: {
        deploymentFrequency: {
          previous: number | null;
          current: number | null;
          nPrevious: number;
          nCurrent: number;
          verdict: "improving" | "steady" | "worsening" | "not enough data";
          /** The test behind the verdict, or what is missing */
          basis: string;
        };
        changeFailureRate: {
          previous: number | null;
          current: number | null;
          nPrevious: number;
          nCurrent: number;
          verdict: "improving" | "steady" | "worsening" | "not enough data";
          /** The test behind the verdict, or what is missing */
          basis: string;
        };
        leadTime: {
          previous: number | null;
          current: number | null;
          nPrevious: number;
          nCurrent: number;
          verdict: "improving" | "steady" | "worsening" | "not enough data";
          /** The test behind the verdict, or what is missing */
          basis: string;
        };
      };
    })[];
  };
  /** When outcome-linked work shipped on a service, for its timeline: only evidence the reader may read, no figure per person. */
  EvidenceMarkers: {
    markers: {
      at: string;
      title: string;
      /** Whose living document holds it (the reader may open it) */
      person: string;
    }[];
  };
  /** Cross-team dependency friction: team context, never an individual score. */
  FrictionReport: {
    team: {
      id: string;
      name: string;
    };
    window: {
      from: string;
      to: string;
    };
    /** PRs authored by the team's members, opened in the window */
    pullRequests: number;
    /** Wait from opening to the first review */
    review: {
      ownTeam: {
        /** Hours; null without events */
        medianHours: number | null;
        n: number;
      };
      otherTeams: {
        /** Hours; null without events */
        medianHours: number | null;
        n: number;
      };
      /** Reviewed or merged by someone whose team is unknown */
      unknownTeam: number;
      /** Not reviewed (or not merged) yet */
      pending: number;
    };
    /** Wait from opening to the merge */
    merge: {
      ownTeam: {
        /** Hours; null without events */
        medianHours: number | null;
        n: number;
      };
      otherTeams: {
        /** Hours; null without events */
        medianHours: number | null;
        n: number;
      };
      /** Reviewed or merged by someone whose team is unknown */
      unknownTeam: number;
      /** Not reviewed (or not merged) yet */
      pending: number;
    };
    /** Other teams that reviewed or merged this team's PRs */
    waitingOn: ({
      team: string;
      review: {
        /** Hours; null without events */
        medianHours: number | null;
        n: number;
      };
      merge: {
        /** Hours; null without events */
        medianHours: number | null;
        n: number;
      };
    })[];
    /** Other teams whose PRs this team reviewed or merged */
    incoming: ({
      team: string;
      review: {
        /** Hours; null without events */
        medianHours: number | null;
        n: number;
      };
      merge: {
        /** Hours; null without events */
        medianHours: number | null;
        n: number;
      };
    })[];
    teamNames: Record<string, string>;
    events: ({
      pullRequest: string;
      stage: "review" | "merge";
      hours: number;
      byTeam: string | null;
      side: "own" | "other" | "unknown";
    })[];
  };
  Health: {
    status: "ok";
    database: "sqlite" | "postgres";
    version: string;
  };
  IncidentDetail: {
    id: string;
    service: string;
    title: string | null;
    severity: string | null;
    /** ISO 8601, UTC */
    startedAt: string;
    detectedAt: string | null;
    resolvedAt: string | null;
    /** The deployment that caused it */
    causedBy: string | null;
    /** A reusable cause label; same service and cause within the window is a repeat */
    cause: string | null;
    postmortem: string | null;
    participants: Schemas["Ref"][];
    timeline: ({
      /** ISO 8601, UTC */
      at: string;
      kind: "started" | "detected" | "paged" | "acknowledged" | "remediated" | "resolved";
      ref: string | null;
      text: string;
    })[];
    timeToDetectMinutes: number | null;
    timeToResolveMinutes: number | null;
    repeats: {
      id: string;
      /** ISO 8601, UTC */
      startedAt: string;
      afterDays: number;
    } | null;
    repeatedBy: {
      id: string;
      /** ISO 8601, UTC */
      startedAt: string;
      afterDays: number;
    }[];
    repeatWindowDays: number;
  };
  ServiceIncidents: {
    items: ({
      id: string;
      title: string | null;
      severity: string | null;
      /** ISO 8601, UTC */
      startedAt: string;
      resolvedAt: string | null;
      cause: string | null;
      postmortem: string | null;
      repeatOf: string | null;
    })[];
    /** Incidents in the list that repeat an earlier one (same cause within 90 days) */
    repeats: number;
  };
  /** One of the reader’s direct reports, with the cadence of their 1:1s */
  ReportCadence: {
    id: string;
    name: string;
    team: string | null;
    openActions: number;
    /** Days between 1:1s (default 14) */
    cadenceDays: number;
    lastHeldOn: string | null;
    /** When the next 1:1 is due; null when none was ever held */
    dueOn: string | null;
    /** No 1:1 within the cadence plus 3 days of grace (or none ever) */
    overdue: boolean;
    daysOverdue: number;
  };
  AgendaItem: {
    text: string;
    source: "template" | "carried-over" | "added";
    /** The carried-over action item */
    action?: string;
  };
  OneOnOneMeeting: {
    id: string;
    /** A date, YYYY-MM-DD */
    heldOn: string;
    agenda: Schemas["AgendaItem"][];
    /** Shared with the report */
    sharedNotes: string;
    /** The manager’s private notes: the manager line only; null for everyone else */
    privateNotes: string | null;
    /** The version of the 1:1 agenda template it was written with */
    templateVersion: number;
    /** ISO 8601, UTC */
    createdAt: string;
  };
  ActionItem: {
    id: string;
    text: string;
    owner: {
      id: string;
      name: string;
    };
    ownerRole: "manager" | "report";
    dueOn: string | null;
    done: boolean;
    doneAt: string | null;
    meeting: string;
  };
  OneOnOnes: {
    report: {
      id: string;
      name: string;
    };
    manager: {
      id: string;
      name: string;
    };
    /** Days between 1:1s (default 14) */
    cadenceDays: number;
    lastHeldOn: string | null;
    /** When the next 1:1 is due; null when none was ever held */
    dueOn: string | null;
    /** No 1:1 within the cadence plus 3 days of grace (or none ever) */
    overdue: boolean;
    daysOverdue: number;
    /** Newest first */
    meetings: Schemas["OneOnOneMeeting"][];
    /** The manager line sees all; the report sees their own */
    actions: Schemas["ActionItem"][];
    /** The next 1:1’s agenda, for the manager line */
    next: {
      agenda: Schemas["AgendaItem"][];
      template: {
        version: number;
        title: string;
        sections: {
          heading: string;
          prompt: string;
        }[];
      };
    } | null;
    seesPrivate: boolean;
    mayWrite: boolean;
  };
  HomeTodo: {
    own: ({
      cycle: Schemas["ReviewCycle"];
      selfReview: "submitted" | "due";
    })[];
    reports: {
      cycle: Schemas["ReviewCycle"];
      signals: number;
      people: {
        id: string;
        name: string;
        selfReview: boolean;
        managerReview: boolean;
        ratings: number;
        flags: number;
        /** Evidence items dated in the cycle's period */
        evidence: number;
      }[];
    }[];
    progress: ({
      cycle: Schemas["ReviewCycle"];
      total: {
        people: number;
        selfReviews: number;
        managerReviews: number;
        /** null: a check-in has no ratings */
        rated: number | null;
      };
      teams: ({
        team: string | null;
        name: string;
        people: number;
        selfReviews: number;
        managerReviews: number;
        /** null: a check-in has no ratings */
        rated: number | null;
      })[];
      flagged: {
        person: string;
        name: string;
        signal: string;
      }[];
      behind: {
        /** The step the cycle is on */
        step: "selfReview" | "managerReview" | "calibration" | "sharing" | null;
        /** Its due day (YYYY-MM-DD), if set */
        due: string | null;
        /** Who has not done that step (self or manager reviews) */
        people: {
          id: string;
          name: string;
        }[];
      };
    })[];
    compensation: {
      cycle: Schemas["ReviewCycle"];
      people: number;
      withoutProposal: number;
    }[];
    setupLeft: {
      id: string;
      title: string;
    }[] | null;
    /** The reader’s direct reports whose 1:1 is overdue */
    overdueOneOnOnes: Schemas["ReportCadence"][];
    feedback: {
      /** Feedback requests the reader has not answered yet, with the cycle’s deadline */
      toWrite: Schemas["FeedbackRequest"][];
      /** Shared feedback the reader has received; null for an account without a person */
      received: {
        total: number;
        recent: ({
          id: string;
          kind: "manager" | "self" | "peer" | "upward" | "praise";
          from: string | null;
          at: string;
        })[];
      } | null;
    };
  };
  HomeActivity: {
    /** null for accounts without a person */
    mine: {
      /** The current quarter, e.g. 2026-Q4 */
      quarter: string;
      goals: {
        id: string;
        text: string;
        status: string;
      }[];
      recentEvidence: {
        id: string;
        title: string;
        kind: string;
        /** YYYY-MM-DD */
        date: string;
        /** ISO 8601 instant */
        addedAt: string;
      }[];
      sharedRatings: {
        cycle: {
          id: string;
          name: string;
        };
        ratings: number;
      }[];
      challenges: ({
        cycle: {
          id: string;
          name: string;
        };
        signal: string | null;
        state: "open" | "answered";
        /** ISO 8601 instant */
        raisedAt: string;
        answeredAt: string | null;
      })[];
    } | null;
    challengesWaiting: ({
      cycle: {
        id: string;
        name: string;
      };
      person: {
        id: string;
        name: string;
      };
      signal: string | null;
      /** ISO 8601 instant */
      raisedAt: string;
    })[];
    admin: {
      records: ({
        kind: string;
        count: number;
        latest: string | null;
      })[];
      accounts: {
        total: number;
        disabled: number;
        admins: number;
        peopleWithoutAccount: {
          id: string;
          name: string;
        }[];
      };
    } | null;
  };
  WritingBalanceSetting: {
    enabled: boolean;
  };
  MyWritingBalance: {
    /** false: the organisation has not turned it on, and the counts are empty */
    enabled: boolean;
    texts: number;
    standout: number;
    grindstone: number;
    /** standout / (standout + grindstone); null when neither appears */
    standoutShare: number | null;
    /** Texts with grindstone words and no standout word */
    grindstoneOnly: number;
    /** Texts with standout words and no grindstone word */
    standoutOnly: number;
  };
  LadderLevel: {
    id: string;
    name: string;
    rank: number;
    track?: string;
    aliases?: string[];
    description?: string;
  };
  LadderDimension: {
    id: string;
    name: string;
    description?: string;
  };
  LadderCellEntry: {
    summary: string;
    examples: string[];
    proficiency?: string;
    links?: {
      label: string;
      url: string;
    }[];
  };
  LadderCell: {
    level: string;
    dimension: string;
    entries: Schemas["LadderCellEntry"][];
  };
  LadderVagueCell: {
    level: string;
    dimension: string;
    entry: number;
    word: string;
    /** the feedback lint rule that flagged the words (vaguePraise, personality, absolutes, hedges, …) */
    rule: string;
    start: number;
    end: number;
    example?: number;
  };
  LadderVersion: {
    id: string;
    name: string;
    description?: string;
    cumulative: boolean;
    levels: Schemas["LadderLevel"][];
    dimensions: Schemas["LadderDimension"][];
    cells: Schemas["LadderCell"][];
    source?: {
      format: string;
      notes?: string;
      /** Whose ladder this text is, when another organisation wrote it */
      title?: string;
      url?: string;
      licence?: string;
    };
    version: number;
    /** Null while a draft */
    publishedAt: string | null;
    /** The versions you may see, oldest first */
    versions: ({
      version: number;
      name: string;
      publishedAt: string | null;
      /** ISO 8601, UTC */
      createdAt: string;
    })[];
    /** Vague words in cells: prompts to describe behaviour instead */
    vagueCells: Schemas["LadderVagueCell"][];
  };
  LadderSummary: {
    id: string;
    name: string;
    latestVersion: number;
    latestPublishedVersion: number | null;
    versions: number;
  };
  LadderVersionDiff: {
    id: string;
    from: number;
    to: number;
    diff: {
      name: {
        from: string;
        to: string;
      } | null;
      cumulative: {
        from: boolean;
        to: boolean;
      } | null;
      levels: {
        added: Schemas["LadderLevel"][];
        removed: Schemas["LadderLevel"][];
        changed: {
          id: string;
          from: Schemas["LadderLevel"];
          to: Schemas["LadderLevel"];
        }[];
      };
      dimensions: {
        added: Schemas["LadderDimension"][];
        removed: Schemas["LadderDimension"][];
        changed: {
          id: string;
          from: Schemas["LadderDimension"];
          to: Schemas["LadderDimension"];
        }[];
      };
      cells: {
        added: Schemas["LadderCell"][];
        removed: Schemas["LadderCell"][];
        changed: {
          level: string;
          dimension: string;
          added: Schemas["LadderCellEntry"][];
          removed: Schemas["LadderCellEntry"][];
        }[];
      };
      same: boolean;
    };
  };
  LadderLevelDiff: {
    id: string;
    version: number;
    from: Schemas["LadderLevel"];
    to: Schemas["LadderLevel"];
    adjacent: boolean;
    cumulative: boolean;
    dimensions: {
      dimension: Schemas["LadderDimension"];
      current: Schemas["LadderCellEntry"][];
      next: Schemas["LadderCellEntry"][];
      /** New at the higher level */
      added: Schemas["LadderCellEntry"][];
      /** At the lower level only (still expected when the ladder is cumulative) */
      notRepeated: Schemas["LadderCellEntry"][];
    }[];
  };
  LadderImport: {
    id: string;
    name: string;
    version: number;
    format: "native" | "ft-yaml" | "monzo-markdown" | "jorgef-markdown" | "postman-markdown";
    publishedAt: string | null;
    unchanged: boolean;
    levels: number;
    dimensions: number;
    cells: number;
    vagueCells: number;
  };
  /** An SLO before and after the work: service context, never a personal score. */
  SloOutcome: {
    slo: string;
    service: string;
    budgetingMethod: string;
    target: number;
    countedUnit: "events" | "slices";
    /** Average budget burn rate each side (1 spends the budget exactly over the SLO period): the figure the outcome is judged by */
    burnRate: {
      before: number | null;
      after: number | null;
      difference: number | null;
      /** Days with SLI data before: the unit the interval resamples */
      nBefore: number;
      nAfter: number;
      /** Events (Occurrences) or slices counted before */
      countedBefore: number;
      countedAfter: number;
      badBefore: number;
      badAfter: number;
      /** 95% interval of after − before */
      ci: unknown[] | null;
      betterWhen: "lower" | "higher";
      verdict: "improved" | "worsened" | "no clear change";
      noVerdictReason: string | null;
    };
    sli: {
      before: number | null;
      after: number | null;
      difference: number | null;
      /** Days with SLI data before: the unit the interval resamples */
      nBefore: number;
      nAfter: number;
      /** Events (Occurrences) or slices counted before */
      countedBefore: number;
      countedAfter: number;
      badBefore: number;
      badAfter: number;
      /** 95% interval of after − before */
      ci: unknown[] | null;
      betterWhen: "lower" | "higher";
      verdict: "improved" | "worsened" | "no clear change";
      noVerdictReason: string | null;
    };
    /** Incidents and deployments overlapping the minutes in which the budget burned, with their share of the burn */
    attribution: {
      before: {
        burningMinutes: number;
        /** Bad events (Occurrences) or bad slices in burning minutes */
        totalBurn: number;
        unattributedShare: number;
        events: ({
          kind: "incident" | "deployment";
          id: string;
          title: string | null;
          /** ISO 8601, UTC */
          from: string;
          /** ISO 8601, UTC */
          to: string;
          burn: number;
          share: number;
        })[];
        /** Overlapping incidents and deployments beyond the ten listed */
        moreEvents: number;
      };
      after: {
        burningMinutes: number;
        /** Bad events (Occurrences) or bad slices in burning minutes */
        totalBurn: number;
        unattributedShare: number;
        events: ({
          kind: "incident" | "deployment";
          id: string;
          title: string | null;
          /** ISO 8601, UTC */
          from: string;
          /** ISO 8601, UTC */
          to: string;
          burn: number;
          share: number;
        })[];
        /** Overlapping incidents and deployments beyond the ten listed */
        moreEvents: number;
      };
    };
  };
  /** Service or team delivery, or an SLO, before and after the work: context, never a personal score. */
  EvidenceOutcome: {
    link: {
      target: "service" | "team" | "slo";
      id: string;
      /** ISO 8601, UTC */
      at: string;
      windowDays: number;
      metric: "changeFailureRate" | "recoveryTime" | "leadTime" | "deploymentFrequency" | "reworkRate" | null;
    };
    status: "figures" | "no-figures" | "not-found";
    /** Why there are no figures (the service, team or SLO no longer exists) */
    message: string | null;
    scope: {
      kind: "service" | "team" | "slo";
      id: string;
      name: string;
    } | null;
    /** The figure chosen when the link was made; the others are secondary */
    headline: "changeFailureRate" | "recoveryTime" | "leadTime" | "deploymentFrequency" | "reworkRate" | null;
    metrics: {
      deploymentFrequency: {
        before: number | null;
        after: number | null;
        difference: number | null;
        /** How many of `unit` the before value rests on */
        nBefore: number;
        /** How many of `unit` the after value rests on */
        nAfter: number;
        /** What n counts: frequency is measured over days, lead time over changes */
        unit: "days" | "changes" | "deployments" | "recoveries";
        /** Lead time: the deployments its changes shipped in (the units the interval resamples); null otherwise */
        groupsBefore: number | null;
        groupsAfter: number | null;
        /** 95% interval of the difference; null when there is too little data for one */
        ci: unknown[] | null;
        /** How the interval was made (docs/metrics.md) */
        method: "newcombe-wilson" | "deployment-bootstrap" | "welch-weeks" | "bootstrap";
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
        /** Why no verdict could be given (too little data, window too short); null when the interval decided */
        noVerdictReason: string | null;
        /** The after side ends here (epoch ms): earlier than t + window for failure-based metrics near the data end */
        afterTo: number;
      };
      leadTime: {
        before: number | null;
        after: number | null;
        difference: number | null;
        /** How many of `unit` the before value rests on */
        nBefore: number;
        /** How many of `unit` the after value rests on */
        nAfter: number;
        /** What n counts: frequency is measured over days, lead time over changes */
        unit: "days" | "changes" | "deployments" | "recoveries";
        /** Lead time: the deployments its changes shipped in (the units the interval resamples); null otherwise */
        groupsBefore: number | null;
        groupsAfter: number | null;
        /** 95% interval of the difference; null when there is too little data for one */
        ci: unknown[] | null;
        /** How the interval was made (docs/metrics.md) */
        method: "newcombe-wilson" | "deployment-bootstrap" | "welch-weeks" | "bootstrap";
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
        /** Why no verdict could be given (too little data, window too short); null when the interval decided */
        noVerdictReason: string | null;
        /** The after side ends here (epoch ms): earlier than t + window for failure-based metrics near the data end */
        afterTo: number;
      };
      changeFailureRate: {
        before: number | null;
        after: number | null;
        difference: number | null;
        /** How many of `unit` the before value rests on */
        nBefore: number;
        /** How many of `unit` the after value rests on */
        nAfter: number;
        /** What n counts: frequency is measured over days, lead time over changes */
        unit: "days" | "changes" | "deployments" | "recoveries";
        /** Lead time: the deployments its changes shipped in (the units the interval resamples); null otherwise */
        groupsBefore: number | null;
        groupsAfter: number | null;
        /** 95% interval of the difference; null when there is too little data for one */
        ci: unknown[] | null;
        /** How the interval was made (docs/metrics.md) */
        method: "newcombe-wilson" | "deployment-bootstrap" | "welch-weeks" | "bootstrap";
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
        /** Why no verdict could be given (too little data, window too short); null when the interval decided */
        noVerdictReason: string | null;
        /** The after side ends here (epoch ms): earlier than t + window for failure-based metrics near the data end */
        afterTo: number;
      };
      recoveryTime: {
        before: number | null;
        after: number | null;
        difference: number | null;
        /** How many of `unit` the before value rests on */
        nBefore: number;
        /** How many of `unit` the after value rests on */
        nAfter: number;
        /** What n counts: frequency is measured over days, lead time over changes */
        unit: "days" | "changes" | "deployments" | "recoveries";
        /** Lead time: the deployments its changes shipped in (the units the interval resamples); null otherwise */
        groupsBefore: number | null;
        groupsAfter: number | null;
        /** 95% interval of the difference; null when there is too little data for one */
        ci: unknown[] | null;
        /** How the interval was made (docs/metrics.md) */
        method: "newcombe-wilson" | "deployment-bootstrap" | "welch-weeks" | "bootstrap";
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
        /** Why no verdict could be given (too little data, window too short); null when the interval decided */
        noVerdictReason: string | null;
        /** The after side ends here (epoch ms): earlier than t + window for failure-based metrics near the data end */
        afterTo: number;
      };
      reworkRate: {
        before: number | null;
        after: number | null;
        difference: number | null;
        /** How many of `unit` the before value rests on */
        nBefore: number;
        /** How many of `unit` the after value rests on */
        nAfter: number;
        /** What n counts: frequency is measured over days, lead time over changes */
        unit: "days" | "changes" | "deployments" | "recoveries";
        /** Lead time: the deployments its changes shipped in (the units the interval resamples); null otherwise */
        groupsBefore: number | null;
        groupsAfter: number | null;
        /** 95% interval of the difference; null when there is too little data for one */
        ci: unknown[] | null;
        /** How the interval was made (docs/metrics.md) */
        method: "newcombe-wilson" | "deployment-bootstrap" | "welch-weeks" | "bootstrap";
        betterWhen: "lower" | "higher";
        verdict: "improved" | "worsened" | "no clear change";
        /** Why no verdict could be given (too little data, window too short); null when the interval decided */
        noVerdictReason: string | null;
        /** The after side ends here (epoch ms): earlier than t + window for failure-based metrics near the data end */
        afterTo: number;
      };
    } | null;
    /** The window actually compared and its caveats; the same as the delivery page shows for this moment */
    comparison: {
      windowDays: number;
      requestedWindowDays: number;
      dataEnd: string | null;
      failureLagDays: number;
      notes: string[];
    } | null;
    /** An SLO link: burn and SLI before/after with burn attribution; null for service and team links */
    slo: Schemas["SloOutcome"] | null;
  };
  EvidenceItem: {
    id: string;
    person: string;
    title: string;
    /** ISO day */
    date: string;
    kind: "shipped" | "incident-response" | "prevention" | "reliability" | "mentoring" | "glue-work" | "learning";
    signals: string[];
    dimensions: string[];
    links: {
      url: string;
      label: string;
    }[];
    notes: string;
    label: "outcome" | "activity";
    outcome: Schemas["EvidenceOutcome"] | null;
    /** ISO 8601, UTC */
    createdAt: string;
    /** ISO 8601, UTC */
    updatedAt: string;
  };
  Goal: {
    id: string;
    quarter: string;
    text: string;
    status: "not-started" | "on-track" | "at-risk" | "done" | "dropped";
    /** ISO 8601, UTC */
    createdAt: string;
    /** ISO 8601, UTC */
    updatedAt: string;
  };
  GrowthNote: {
    id: string;
    author: {
      account: string | null;
      name: string;
    };
    text: string;
    shared: boolean;
    /** ISO 8601, UTC */
    createdAt: string;
    signal: string | null;
  };
  LivingDocument: {
    person: {
      id: string;
      name: string;
      team: string | null;
      manager: string | null;
      level: string | null;
      track: string | null;
    };
    goals: Schemas["Goal"][];
    /** One page of the evidence, newest first (see evidencePage) */
    evidence: Schemas["EvidenceItem"][];
    /** All items of the document, where this page starts, its requested size (a page of unusually long items may stop earlier), and how many items have an outcome link */
    evidencePage: {
      total: number;
      offset: number;
      limit: number;
      withOutcome: number;
    };
    growthNotes: {
      visible: boolean;
      reason?: string;
      items: Schemas["GrowthNote"][];
    };
    /** Notes shared with the person in their 1:1s, newest first (at most 20), read-only; private notes never appear here */
    oneOnOnes: {
      visible: boolean;
      reason?: string;
      items: {
        meeting: string;
        heldOn: string;
        manager: {
          id: string;
          name: string;
        };
        text: string;
      }[];
    };
    ladder: {
      status: "placed" | "no-ladder" | "level-unknown";
      message: string | null;
      version: number | null;
      position: {
        ladder: {
          id: string;
          name: string;
        };
        current: {
          id: string;
          name: string;
        } | null;
        next: {
          id: string;
          name: string;
        } | null;
        dimensions: {
          dimension: {
            id: string;
            name: string;
          };
          expected: string[];
          evidence: number;
        }[];
        gaps: {
          dimension: {
            id: string;
            name: string;
          };
          expected: string[];
          evidence: number;
        }[];
      } | null;
    };
    /** What you may change here, from the access policy */
    mayChange: {
      /** Goals and evidence */
      document: boolean;
      /** Growth notes: the manager line, never the person */
      growthNotes: boolean;
    };
    fairness: {
      period: {
        /** ISO 8601, UTC */
        from: string;
        /** ISO 8601, UTC */
        to: string;
      };
      recency: {
        flagged: boolean;
        cited: number;
        recent: number;
        weeks: number;
        /** ISO 8601, UTC */
        recentFrom: string;
      };
      activity: {
        items: ({
          id: string;
          title: string;
          kind: "shipped" | "incident-response" | "prevention" | "reliability" | "mentoring" | "glue-work" | "learning";
        })[];
        total: number;
      };
      prevention: {
        byKind: {
          shipped: number;
          "incident-response": number;
          prevention: number;
          reliability: number;
          mentoring: number;
          "glue-work": number;
          learning: number;
        };
        prevention: number;
        firefighting: number;
        preventionWithOutcome: number;
        prompt: string | null;
      };
      flags: ({
        check: "recency" | "activity-not-outcome" | "prevention-counted";
        message: string;
      })[];
    };
  };
  /** Organisation settings behind every sustainable-work flag, shown beside each flag. */
  WellbeingThresholds: {
    offHoursPerWeek: number;
    sleepHoursPerWeek: number;
    weekendPerWeek: number;
    onCallHoursPerWeek: number;
    loadShare: number;
    loadGini: number;
    minPages: number;
    trendAlpha: number;
    trendMinEvents: number;
  };
  /** An alert (or service) behind a flag: the place to fix it. */
  LoadCause: {
    service: string | null;
    alert: string | null;
    pages: number;
  };
  /** A prompt for a supportive conversation — never a rating input. */
  LoadFlag: {
    key: "offHours" | "sleepHours" | "weekend" | "onCallHours" | "loadShare" | "offHoursTrend4" | "offHoursTrend13" | "loadGini";
    text: string;
    value: number;
    threshold: number;
    unit: "per week" | "hours per week" | "share" | "gini" | "p-value";
    n: number;
    causes: Schemas["LoadCause"][];
  };
  /** Recent weeks against the team’s own previous 52 weeks (exact conditional Poisson test). */
  LoadTrend: {
    weeks: number;
    recent: number;
    recentPerWeek: number;
    baseline: number;
    usualPerWeek: number | null;
    n: number;
    ratio: number | null;
    pHigher: number;
    verdict: "higher" | "lower" | "as-usual" | "not-enough-data";
  };
  /** One person’s on-call load: visible to the person and their manager line only. */
  PersonLoad: {
    person: string;
    name: string;
    /** IANA time zone the pages were classified in */
    zone: string;
    workingHours: string;
    weeks: number;
    pages: number;
    offHoursPages: number;
    sleepHoursPages: number;
    weekendPages: number;
    perWeek: {
      pages: number;
      offHours: number;
      sleepHours: number;
      weekend: number;
    };
    onCallHours: number;
    onCallHoursPerWeek: number;
    incidentsWorked: number;
    shareOfTeamPages: number | null;
    trends: {
      offHours4: Schemas["LoadTrend"];
      offHours13: Schemas["LoadTrend"];
    };
    flags: Schemas["LoadFlag"][];
  };
  NoisyAlert: {
    service: string | null;
    alert: string | null;
    pages: number;
    notActionable: number;
    selfResolved: number;
    actionableShare: number | null;
  };
  /** Pages per shift before and after a moment: n shifts per side, 95% bootstrap interval. */
  PagesPerShiftComparison: {
    t: number;
    windowMs: number;
    before: number | null;
    after: number | null;
    difference: number | null;
    shiftsBefore: number;
    shiftsAfter: number;
    pagesBefore: number;
    pagesAfter: number;
    ci: unknown[] | null;
    verdict: "fewer" | "more" | "no clear change";
  };
  TeamOncall: {
    team: {
      id: string;
      name: string;
      timezone: string | null;
    };
    window: {
      /** ISO 8601, UTC */
      from: string;
      /** ISO 8601, UTC */
      to: string;
    };
    thresholds: Schemas["WellbeingThresholds"];
    figures: {
      members: number;
      pages: number;
      offHoursPages: number;
      sleepHoursPages: number;
      weekendPages: number;
      loadGini: number | null;
      shifts: number;
      pagesPerShift: number | null;
      actionable: number;
      actionableKnown: number;
      actionableShare: number | null;
      selfResolved: number;
      selfResolvedShare: number | null;
      onCallHours: number;
      /** Null until an SLO alert history is available */
      sloAlerts: {
        episodes: number;
        perWeek: number;
        judged: number;
        followedByBurn: number;
        followedByBurnShare: number | null;
      } | null;
      trends: {
        offHours4: Schemas["LoadTrend"];
        offHours13: Schemas["LoadTrend"];
        pages4: Schemas["LoadTrend"];
        pages13: Schemas["LoadTrend"];
      };
      flags: Schemas["LoadFlag"][];
      noisyAlerts: Schemas["NoisyAlert"][];
    };
    comparison: Schemas["PagesPerShiftComparison"] | null;
    /** Only the members the caller may see (themself, their reports); every one is an audited read */
    people: Schemas["PersonLoad"][];
    hiddenPeople: number;
  };
  MyLoad: {
    person: {
      id: string;
      name: string;
      team: string | null;
    };
    window: {
      /** ISO 8601, UTC */
      from: string;
      /** ISO 8601, UTC */
      to: string;
    };
    thresholds: Schemas["WellbeingThresholds"];
    load: Schemas["PersonLoad"];
    team: {
      id: string;
      name: string;
      members: number;
      loadGini: number | null;
    } | null;
    /** Off-hours pages, newest first, at most 200 */
    interruptions: ({
      id: string;
      /** ISO 8601, UTC */
      at: string;
      /** The same instant in the person’s zone, ISO 8601 with offset */
      localTime: string;
      service: string | null;
      alert: string | null;
      actionable: boolean | null;
      offHours: boolean;
      sleepHours: boolean;
      weekend: boolean;
    })[];
    interruptionsTotal: number;
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
    /** Whether the reader may open this person’s private page and living document (the access policy’s answer), so clients offer only links that work */
    mayOpen: {
      privatePage: boolean;
      livingDocument: boolean;
    };
  };
  PersonPrivate: {
    person: {
      id: string;
      name: string;
      team: string | null;
      manager: string | null;
      /** The person's IANA time zone (else their team's): their shifts and pages are shown in it */
      timeZone: string | null;
      /** e.g. "09:00-17:00", in their time zone */
      workingHours: string | null;
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
  SloAlert: {
    severity: "page" | "ticket";
    longWindow: "5m" | "30m" | "1h" | "2h" | "6h" | "1d" | "3d";
    shortWindow: "5m" | "30m" | "1h" | "2h" | "6h" | "1d" | "3d";
    factor: number;
    firing: boolean;
    longBurnRate: number | null;
    shortBurnRate: number | null;
    budgetConsumedIfFires: number;
    events: number;
    minEvents: number;
    heldByMinimumEvents: boolean;
    minutesToExhaustion: number | null;
    firingSince: string | null;
  };
  SloStatus: {
    name: string;
    service: string;
    budgetingMethod: "Occurrences" | "Timeslices" | "RatioTimeslices";
    target: number;
    window: {
      kind: "rolling" | "calendar";
      duration: string;
      timeZone?: string;
      from: string;
      to: string;
      inProgress: boolean;
    };
    at: string;
    sli: number | null;
    /** Fraction of the whole window’s error budget spent; may exceed 1 */
    budgetConsumed: number | null;
    /** 1 − consumed, clamped to [0, 1] */
    budgetRemaining: number | null;
    budgetRemainingSigned: number | null;
    toDate: {
      consumed: number | null;
      remaining: number | null;
      remainingSigned: number | null;
    };
    events: {
      good: number;
      bad: number;
      total: number;
    };
    slices?: {
      good: number;
      bad: number;
      withoutData: number;
      inWholeWindow: number;
    };
    burnRates: Record<string, number | null>;
    alerts: Schemas["SloAlert"][];
    noData: boolean;
  };
  ServiceReliability: {
    service: string;
    /** Epoch ms the figures are evaluated at */
    at: number;
    latestData: number | null;
    historyFrom: number;
    slos: ({
      status: Schemas["SloStatus"];
      history: ({
        at: number;
        budgetRemaining: number | null;
        burn1h: number | null;
        burn6h: number | null;
      })[];
      alertHistory: ({
        severity: "page" | "ticket";
        longWindow: string;
        shortWindow: string;
        from: number;
        to: number;
        ongoing: boolean;
      })[];
      attribution: {
        burningMinutes: number;
        totalBurn: number;
        unattributedShare: number;
        events: ({
          kind: "incident" | "deployment";
          id: string;
          title: string | null;
          from: number;
          to: number;
          burn: number;
          share: number;
        })[];
      };
    })[];
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
  SetupStatus: {
    steps: ({
      id: "ladder" | "signals" | "evidence-template" | "calibration-workshop";
      title: string;
      done: boolean;
      summary: string;
    })[];
    next: "ladder" | "signals" | "evidence-template" | "calibration-workshop" | null;
    complete: boolean;
    evidenceTemplates: {
      id: string;
      name: string;
      description: string;
      prompts: string[];
      asksForOutcome: boolean;
    }[];
    evidenceTemplate: string | null;
    bundledLadders: {
      id: string;
      name: string;
      description: string;
    }[];
    workshop: {
      /** YYYY-MM-DD */
      date: string;
      durationMinutes: number;
      /** person id */
      facilitator: string;
      /** person ids of the raters */
      participants: string[];
      /** review cycle id, when one exists */
      cycle?: string | null;
      /** days before the workshop by which every manager has rated independently */
      ratingDeadlineDays: number;
      agenda: {
        when: string;
        what: string;
      }[];
    } | null;
    /** Which steps the signed-in account may change (the access policy decides; the others can follow setup) */
    mayChange: {
      ladder: boolean;
      signals: boolean;
      settings: boolean;
    };
  };
  NoSurpriseDays: {
    /** Feedback on a signal must have been shared at least this many days before a needs-support rating on it (7 to 365; default 30) */
    days: number;
  };
  ReviewPacket: {
    person: {
      id: string;
      name: string;
      team: string | null;
      teamName: string | null;
      level: string | null;
    };
    cycle: {
      id: string;
      name: string;
      kind: string;
      /** ISO 8601, UTC */
      from: string;
      /** ISO 8601, UTC */
      to: string;
      state: string;
    };
    sections: ({
      signal: {
        id: string;
        name: string;
        definition: string;
      };
      evidence: ({
        id: string;
        title: string;
        /** ISO 8601, UTC */
        date: string;
        kind: string;
        signals: string[];
        /** Ladder dimensions by the published ladder’s names (the id where no published ladder names it) */
        dimensions: {
          id: string;
          name: string;
        }[];
        links: {
          url: string;
          label?: string;
        }[];
        /** null: no outcome link — the item is activity */
        outcome: {
          subject: string;
          /** ISO 8601, UTC */
          at: string;
          /** The chosen figure first, then the others */
          lines: ({
            /** The figures, without the verdict */
            text: string;
            /** Decides the words and colour; null: no figures */
            verdict: "improved" | "worsened" | "no clear change" | null;
            /** Why no verdict could be given; null when the interval decided */
            reason: string | null;
            /** The figure chosen when the link was made; the others are secondary */
            headline: boolean;
          })[];
          /** Caveats: shortened windows, failures not yet judged, several figures compared */
          notes: string[];
        } | null;
      })[];
      ratings: {
        signal: string;
        value: string;
        rationale: string;
        author: string;
        /** Evidence items of the person’s living document the rating cites */
        cites: {
          id: string;
          title: string;
        }[];
        /** Free text beside the citations; never counted as evidence */
        context: string;
      }[];
      feedback: ({
        author: string | null;
        kind: string;
        text: string;
        signal?: string | null;
        /** ISO 8601, UTC */
        at: string;
      })[];
    })[];
    unassigned: ({
      id: string;
      title: string;
      /** ISO 8601, UTC */
      date: string;
      kind: string;
      signals: string[];
      /** Ladder dimensions by the published ladder’s names (the id where no published ladder names it) */
      dimensions: {
        id: string;
        name: string;
      }[];
      links: {
        url: string;
        label?: string;
      }[];
      /** null: no outcome link — the item is activity */
      outcome: {
        subject: string;
        /** ISO 8601, UTC */
        at: string;
        /** The chosen figure first, then the others */
        lines: ({
          /** The figures, without the verdict */
          text: string;
          /** Decides the words and colour; null: no figures */
          verdict: "improved" | "worsened" | "no clear change" | null;
          /** Why no verdict could be given; null when the interval decided */
          reason: string | null;
          /** The figure chosen when the link was made; the others are secondary */
          headline: boolean;
        })[];
        /** Caveats: shortened windows, failures not yet judged, several figures compared */
        notes: string[];
      } | null;
    })[];
    generalFeedback: ({
      author: string | null;
      kind: string;
      text: string;
      signal?: string | null;
      /** ISO 8601, UTC */
      at: string;
    })[];
    /** null: ratings are hidden from this reader until the cycle is shared */
    ratings: {
      signal: string;
      value: string;
      rationale: string;
      author: string;
      /** Evidence items of the person’s living document the rating cites */
      cites: {
        id: string;
        title: string;
      }[];
      /** Free text beside the citations; never counted as evidence */
      context: string;
    }[] | null;
    selfReview: string | null;
    /** null: not written yet, or withheld from you (managerReviewHidden) */
    managerReview: string | null;
    /** true: the manager review reaches the engineer when the cycle is shared */
    managerReviewHidden: boolean;
    /** The team’s figures over the period: context, never a score for the person */
    context: {
      team: string;
      teamName: string;
      /** ISO 8601, UTC */
      from: string;
      /** ISO 8601, UTC */
      to: string;
      delivery: ({
        label: string;
        value: string;
        n: number | null;
      })[];
      reliability: ({
        label: string;
        value: string;
        n: number | null;
      })[] | null;
    } | null;
    flags: {
      check: string;
      message: string;
    }[];
    counts: {
      evidence: number;
      withOutcome: number;
      activity: number;
    };
    /** ISO 8601, UTC */
    generatedAt: string;
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
  WorkshopRound: {
    id: string;
    title: string;
    signals: {
      id: string;
      name: string;
    }[];
    /** Lowest first */
    scale: string[];
    raters: string[];
    /** ISO 8601, UTC */
    createdAt: string;
    closedAt: string | null;
  };
  SamplePacket: {
    id: string;
    title: string;
    body: string;
    origin: "scratch" | "anonymised";
    /** What anonymisation removed (facilitators only; empty for raters) */
    removed: ({
      kind: "person" | "team" | "service" | "email" | "link";
      text: string;
      count: number;
    })[];
    approved: boolean;
  };
  WorkshopRating: {
    packet: string;
    rater: string;
    signal: string;
    value: string;
    rationale: string;
    /** ISO 8601, UTC */
    at: string;
  };
  WorkshopResults: {
    alpha: {
      nominal: number | null;
      ordinal: number | null;
      interval: number | null;
      ratio: number | null;
    };
    n: number;
    units: number;
    interval: {
      low: number;
      high: number;
      confidence: number;
      resamples: number;
    } | null;
    reading: "reliable" | "tentative" | "unreliable" | "undefined";
    bySignal: ({
      signal: string;
      alpha: number | null;
      n: number;
      /** packets rated by two or more raters on this signal; alpha needs at least 2 */
      units: number;
    })[];
    packets: {
      packet: string;
      title: string;
      spread: number;
      bySignal: {
        signal: string;
        range: number;
        values: {
          rater: string;
          value: string;
        }[];
      }[];
    }[];
    leniency: ({
      rater: string;
      n: number;
      meanDifference: number | null;
      z: number | null;
      direction: "lenient" | "severe" | "in line";
      flagged: boolean;
      note?: string;
      additiveEffect: number | null;
    })[];
  };
  WorkshopRoundSummary: {
    round: Schemas["WorkshopRound"];
    /** rating: hidden; all-in: every rater rated every packet; closed: the facilitator closed it early */
    state: "rating" | "all-in" | "closed";
    packets: number;
    /** Ordinal alpha once revealed, for comparing rounds over time */
    alpha: {
      value: number | null;
      low: number | null;
      high: number | null;
      n: number;
    } | null;
  };
  WorkshopRoundView: {
    round: Schemas["WorkshopRound"];
    /** rating: hidden; all-in: every rater rated every packet; closed: the facilitator closed it early */
    state: "rating" | "all-in" | "closed";
    packets: Schemas["SamplePacket"][];
    progress: {
      rater: string;
      name: string;
      rated: number;
      expected: number;
    }[];
    ratings: Schemas["WorkshopRating"][];
    results: Schemas["WorkshopResults"] | null;
    mayFacilitate: boolean;
    mayRate: boolean;
  };
  PromotionCase: {
    id: string;
    cycle: {
      id: string;
      name: string;
    };
    person: {
      id: string;
      name: string;
      level: string | null;
    };
    target: {
      id: string;
      name: string;
    };
    ladder: {
      id: string;
      name: string;
      version: number;
    };
    /** The promotion-case template version it was last written with */
    templateVersion: number;
    /** The target level’s dimensions and what the ladder expects there */
    targets: {
      id: string;
      name: string;
      expected: string[];
    }[];
    examples: ({
      id: string;
      position: number;
      problem: string;
      scope: string;
      action: string;
      result: string;
      from: string;
      /** null while the work continues */
      to: string | null;
      /** Ids of the target level’s dimensions this example shows */
      dimensions: string[];
      /** Ids of the person’s evidence items cited */
      evidence: string[];
      cited: {
        id: string;
        title: string;
        date: string;
        kind: string;
      }[];
    })[];
    coverage: {
      dimensions: ({
        dimension: {
          id: string;
          name: string;
        };
        /** evidenced: an example shows it and cites evidence; claimed: named without evidence; uncovered: no example shows it */
        status: "evidenced" | "claimed" | "uncovered";
        examples: string[];
        evidence: string[];
        periods: string[];
      })[];
      covered: number;
      total: number;
      missing: {
        id: string;
        name: string;
      }[];
    };
    /** Evidence at the target level across at least `needed` quarters */
    pattern: {
      holds: boolean;
      periods: string[];
      needed: number;
      summary: string;
    };
    /** ISO 8601, UTC */
    updatedAt: string;
  };
  /** Visible to the person from the day it is created */
  SupportPlan: {
    id: string;
    person: string;
    /** The review signal the plan is about; null: the role as a whole */
    signal: string | null;
    /** A date, YYYY-MM-DD */
    startsOn: string;
    /** A date, YYYY-MM-DD */
    endsOn: string;
    /** Observable: what would be seen, by when */
    expectations: string[];
    /** What the manager line provides */
    support: string[];
    outcome: "met" | "extended" | "not-met" | "closed" | null;
    outcomeNote: string | null;
    templateVersion: number;
    /** ISO 8601, UTC */
    createdAt: string;
    /** ISO 8601, UTC */
    updatedAt: string;
    /** In date order */
    checkIns: {
      id: string;
      /** A date, YYYY-MM-DD */
      heldOn: string;
      note: string;
      /** ISO 8601, UTC */
      createdAt: string;
    }[];
  };
  Template: {
    kind: "quarterly-goals" | "review-packet" | "one-on-one-agenda" | "support-plan" | "promotion-case";
    /** The kind, as people read it */
    name: string;
    version: number;
    title: string;
    sections: {
      heading: string;
      prompt: string;
    }[];
    /** The Trellis default, not edited yet */
    builtIn: boolean;
    /** ISO 8601, UTC; null for the built-in default */
    createdAt: string | null;
  };
  CalibrationSession: {
    id: string;
    cycle: string;
    state: "pre-rating" | "open" | "locked";
    /** ISO 8601, UTC */
    createdAt: string;
    openedAt: string | null;
    lockedAt: string | null;
  };
  CalibrationBoard: {
    cycle: Schemas["ReviewCycle"];
    signals: {
      id: string;
      name: string;
    }[];
    /** Lowest first */
    scale: string[];
    session: Schemas["CalibrationSession"] | null;
    /** You may prepare, open and lock the session, change ratings, tick the checklist and acknowledge flags */
    mayRun: boolean;
    opened: boolean;
    progress: ({
      manager: string | null;
      name: string;
      people: number;
      preRatings: number;
      visible: boolean;
    })[];
    /** Pre-ratings in that you may not see until the session opens */
    hidden: number;
    people: ({
      id: string;
      name: string;
      level: string | null;
      manager: string | null;
      managerName: string | null;
      ratings: ({
        id: string;
        signal: string;
        value: string;
        rationale: string;
        authorName: string | null;
        /** ISO 8601, UTC */
        decidedAt: string;
        prompt: {
          kind: "low-rating-praise-only" | "high-rating-concerns-only";
          message: string;
        } | null;
        lintFindings: number;
      })[];
      flags: ({
        rating: string;
        person: string;
        signal: string;
        /** ISO 8601, UTC */
        at: string;
        reason: string;
        nearestFeedback: string | null;
        acknowledgement: {
          note: string;
          by: string | null;
          /** ISO 8601, UTC */
          at: string;
        } | null;
      })[];
      context: ({
        check: "recency" | "activity-not-outcome" | "prevention-counted";
        message: string;
      })[];
      /** Support plans made with the person: their facts only; the text is read on the support plans page by those the policy lets */
      supportPlans: ({
        /** null: the role as a whole */
        signal: string | null;
        startsOn: string;
        endsOn: string;
        outcome: string | null;
        /** ISO 8601, UTC */
        createdAt: string;
      })[];
      mayOpenSupportPlans: boolean;
      /** Ids of the calibration questions ticked for this person */
      checklist: string[];
    })[];
    distributions: {
      org: {
        n: number;
        counts: ({
          value: string;
          count: number;
          share: number | null;
        })[];
      };
      managers: ({
        group: string;
        distribution: {
          n: number;
          counts: ({
            value: string;
            count: number;
            share: number | null;
          })[];
        };
        differenceFromOrg: ({
          value: string;
          /** Share minus the organisation’s share */
          difference: number | null;
        })[];
      })[];
    };
    changes: ({
      id: string;
      person: string;
      personName: string;
      signal: string;
      by: string | null;
      byName: string | null;
      from: string;
      to: string;
      reason: "scope" | "complexity" | "impact" | "consistency";
      note: string;
      /** ISO 8601, UTC */
      at: string;
    })[];
    questions: {
      id: string;
      text: string;
    }[];
  };
  ManagerConsistency: {
    cycle: Schemas["ReviewCycle"];
    scale: string[];
    managers: ({
      manager: string;
      name: string;
      specificity: {
        findingsPer100Words: number | null;
        findings: number;
        words: number;
        n: number;
      };
      surprises: {
        share: number | null;
        surprises: number;
        n: number;
      };
      distribution: {
        n: number;
        counts: ({
          value: string;
          count: number;
          share: number | null;
        })[];
      };
      differenceFromOrg: ({
        value: string;
        /** Share minus the organisation’s share */
        difference: number | null;
      })[];
      concernToFeedback: {
        medianDays: number | null;
        n: number;
      };
      oneOnOnes: {
        recorded: false;
      } | {
        recorded: true;
        pairs: number;
        overdue: number;
      };
      prompts: string[];
    })[];
  };
  Notification: {
    id: string;
    kind: "cycle-opened" | "deadline" | "review-shared" | "challenge" | "no-surprises" | "reminder" | "feedback-request" | "feedback-received" | "support-plan";
    title: string;
    body: string;
    /** A path in the web app */
    link: string | null;
    /** ISO 8601, UTC */
    createdAt: string;
    readAt: string | null;
  };
  Inbox: {
    unread: number;
    items: Schemas["Notification"][];
  };
  EmailSettings: {
    /** Where your email goes; null: you have no address, so no email is sent */
    address: string | null;
    /** Which kinds reach you by email (every kind reaches the bell) */
    email: Record<string, boolean>;
    kinds: ({
      kind: "cycle-opened" | "deadline" | "review-shared" | "challenge" | "no-surprises" | "reminder" | "feedback-request" | "feedback-received" | "support-plan";
      label: string;
    })[];
  };
  OutboxEmail: {
    id: string;
    to: string;
    subject: string;
    status: "pending" | "queued" | "sending" | "sent" | "failed";
    attempts: number;
    /** ISO 8601, UTC */
    nextAttemptAt: string;
    lastError: string | null;
    /** ISO 8601, UTC */
    createdAt: string;
    sentAt: string | null;
  };
  Reminders: {
    step: "selfReview" | "managerReview" | "calibration" | "sharing";
    /** Due day of the step (YYYY-MM-DD), if set */
    due: string | null;
    /** Everyone who got a reminder */
    reminded: {
      id: string;
      name: string;
      /** The reviews behind they were reminded of */
      about: {
        id: string;
        name: string;
      }[];
    }[];
    /** People already reminded of this step within this clock hour, so not again now */
    alreadyReminded: {
      id: string;
      name: string;
    }[];
    /** People behind with nobody to remind (a manager review of someone with no manager in the records) */
    notReminded: {
      id: string;
      name: string;
    }[];
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
  /** The people directory as CSV (everyone, including people who have left) */
  "GET /api/people/export": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: string;
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
  /** Career ladders */
  "GET /api/ladders": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: {
      items: Schemas["LadderSummary"][];
    };
  };
  /** Import a ladder file as a new version (calibrators, administrators) */
  "POST /api/ladders": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      text: string;
      /** Names the file in problems; its extension helps recognise the format */
      fileName: string;
      /** Ladder id; default from the file */
      id?: string;
      /** Store as a draft instead of publishing */
      draft?: boolean;
      format?: "native" | "ft-yaml" | "monzo-markdown" | "jorgef-markdown" | "postman-markdown";
      /** For a jorgef ladder file: the README.md that defines its axes */
      jorgefReadme?: string;
    };
    response: Schemas["LadderImport"];
  };
  /** The default ladder (the one published most recently), newest published version */
  "GET /api/ladder": {
    params: Record<never, never>;
    query: {
      /** A version number; default the newest published */
      version?: number;
    };
    body: never;
    response: Schemas["LadderVersion"];
  };
  /** A ladder version: levels, dimensions and cells (default the newest published) */
  "GET /api/ladders/{id}": {
    params: {
      id: string;
    };
    query: {
      /** A version number; default the newest published */
      version?: number;
    };
    body: never;
    response: Schemas["LadderVersion"];
  };
  /** What changed between two versions of a ladder */
  "GET /api/ladders/{id}/versions/{version}/diff/{other}": {
    params: {
      id: string;
      /** The older version */
      version: number;
      /** The version to compare it with */
      other: number;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["LadderVersionDiff"];
  };
  /** What changes from one level to another, per dimension (“what growth looks like from L3 to L4”) */
  "GET /api/ladders/{id}/levels/{from}/diff/{to}": {
    params: {
      id: string;
      from: string;
      to: string;
    };
    query: {
      /** A version number; default the newest published */
      version?: number;
    };
    body: never;
    response: Schemas["LadderLevelDiff"];
  };
  /** Publish a draft version (calibrators, administrators) */
  "POST /api/ladders/{id}/versions/{version}/publish": {
    params: {
      id: string;
      version: number;
    };
    query: Record<never, never>;
    body: never;
    response: {
      id: string;
      version: number;
      /** ISO 8601, UTC */
      publishedAt: string;
      alreadyPublished: boolean;
    };
  };
  /** A person’s living document: goals, evidence with outcomes, growth notes, ladder gaps and fairness checks */
  "GET /api/people/{id}/document": {
    params: {
      id: string;
    };
    query: {
      /** Start of the period the fairness checks look at (default: a year before `to`) */
      from?: string;
      /** End of the period, exclusive (default: now) */
      to?: string;
      /** Evidence items per page (default 50) */
      evidenceLimit?: number;
      /** Position of the first item of the page, newest first (default 0) */
      evidenceOffset?: number;
    };
    body: never;
    response: Schemas["LivingDocument"];
  };
  /** Add an evidence item */
  "POST /api/people/{id}/evidence": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      title: string;
      /** A day (2026-05-05), an ISO time with an offset, or epoch ms */
      date: string | number;
      kind: "shipped" | "incident-response" | "prevention" | "reliability" | "mentoring" | "glue-work" | "learning";
      signals?: string[];
      dimensions?: string[];
      links?: {
        url: string;
        label: string;
      }[];
      notes?: string;
      outcome?: {
        target: "service" | "team" | "slo";
        id: string;
        /** A day (2026-05-05), an ISO time with an offset, or epoch ms */
        at: string | number;
        /** Days each side, 7 to 365 (default 90) */
        windowDays?: number;
        /** The figure the outcome is judged by, chosen now and stored (default for service and team links: changeFailureRate) */
        metric?: "changeFailureRate" | "recoveryTime" | "leadTime" | "deploymentFrequency" | "reworkRate";
      } | null;
    };
    response: Schemas["EvidenceItem"];
  };
  /** Replace an evidence item */
  "PUT /api/people/{id}/evidence/{evidenceId}": {
    params: {
      id: string;
      evidenceId: string;
    };
    query: Record<never, never>;
    body: {
      title: string;
      /** A day (2026-05-05), an ISO time with an offset, or epoch ms */
      date: string | number;
      kind: "shipped" | "incident-response" | "prevention" | "reliability" | "mentoring" | "glue-work" | "learning";
      signals?: string[];
      dimensions?: string[];
      links?: {
        url: string;
        label: string;
      }[];
      notes?: string;
      outcome?: {
        target: "service" | "team" | "slo";
        id: string;
        /** A day (2026-05-05), an ISO time with an offset, or epoch ms */
        at: string | number;
        /** Days each side, 7 to 365 (default 90) */
        windowDays?: number;
        /** The figure the outcome is judged by, chosen now and stored (default for service and team links: changeFailureRate) */
        metric?: "changeFailureRate" | "recoveryTime" | "leadTime" | "deploymentFrequency" | "reworkRate";
      } | null;
    };
    response: Schemas["EvidenceItem"];
  };
  /** Delete an evidence item */
  "DELETE /api/people/{id}/evidence/{evidenceId}": {
    params: {
      id: string;
      evidenceId: string;
    };
    query: Record<never, never>;
    body: never;
    response: null;
  };
  /** Add a quarterly goal */
  "POST /api/people/{id}/goals": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      quarter: string;
      text: string;
      status?: "not-started" | "on-track" | "at-risk" | "done" | "dropped";
    };
    response: Schemas["Goal"];
  };
  /** Change a goal (its status, most often) */
  "PUT /api/people/{id}/goals/{goalId}": {
    params: {
      id: string;
      goalId: string;
    };
    query: Record<never, never>;
    body: {
      quarter?: string;
      text?: string;
      status?: "not-started" | "on-track" | "at-risk" | "done" | "dropped";
    };
    response: Schemas["Goal"];
  };
  /** Growth notes about a person (never readable by compensation reviewers) */
  "GET /api/people/{id}/growth-notes": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: {
      items: Schemas["GrowthNote"][];
    };
  };
  /** Write a growth note (shared with the person, or a draft only its author sees) */
  "POST /api/people/{id}/growth-notes": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      text: string;
      shared?: boolean;
      /** The review signal the note is about: a shared note on a signal counts as earlier feedback for the no-surprises check */
      signal?: string | null;
    };
    response: Schemas["GrowthNote"];
  };
  /** The before/after a proposed outcome link would show, before saving the item */
  "POST /api/evidence/outcome-preview": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      target: "service" | "team" | "slo";
      id: string;
      /** A day (2026-05-05), an ISO time with an offset, or epoch ms */
      at: string | number;
      /** Days each side, 7 to 365 (default 90) */
      windowDays?: number;
      /** The figure the outcome is judged by, chosen now and stored (default for service and team links: changeFailureRate) */
      metric?: "changeFailureRate" | "recoveryTime" | "leadTime" | "deploymentFrequency" | "reworkRate";
    };
    response: Schemas["EvidenceOutcome"];
  };
  /** The audit log, newest first, filtered by person, actor, action and dates (administrators) */
  "GET /api/audit": {
    params: Record<never, never>;
    query: {
      limit?: number;
      offset?: number;
      /** Only entries about this person’s records (person id) */
      subject?: string;
      /** Only what this account did: its id or email, or "operator" for the command line */
      actor?: string;
      /** Only this action (read, create, update, sign-in, …) */
      action?: string;
      /** From this day (UTC), inclusive */
      from?: string;
      /** To this day (UTC), inclusive */
      to?: string;
    };
    body: never;
    response: {
      items: Schemas["AuditItem"][];
      total: number;
      /** Every action recorded, for a filter */
      actions: string[];
    };
  };
  /** The audit log as CSV, with the same filters (administrators; at most 50,000 rows, newest first) */
  "GET /api/audit/export": {
    params: Record<never, never>;
    query: {
      /** Only entries about this person’s records (person id) */
      subject?: string;
      /** Only what this account did: its id or email, or "operator" for the command line */
      actor?: string;
      /** Only this action (read, create, update, sign-in, …) */
      action?: string;
      /** From this day (UTC), inclusive */
      from?: string;
      /** To this day (UTC), inclusive */
      to?: string;
    };
    body: never;
    response: string;
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
  /** Each team's delivery against its own previous period (listed by name, never ranked) */
  "GET /api/delivery/org/teams": {
    params: Record<never, never>;
    query: {
      /** Deployment environment */
      env?: string;
      /** Start of the window (default: 90 days before `to`) */
      from?: string;
      /** End of the window, exclusive (default: now) */
      to?: string;
    };
    body: never;
    response: Schemas["OrgTeamTrends"];
  };
  /** Outcome-linked evidence on a service’s timeline (only what the reader may read) */
  "GET /api/delivery/services/{id}/evidence": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["EvidenceMarkers"];
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
  /** Status of every SLO: error budget, burn rates by window, multi-window multi-burn-rate alerts */
  "GET /api/reliability/slos": {
    params: Record<never, never>;
    query: {
      /** Evaluate at this instant (default: now) */
      at?: string;
      service?: string;
    };
    body: never;
    response: Schemas["SloStatus"][];
  };
  /** A service's SLOs with budget burn-down, burn rates, alert history and burn attribution */
  "GET /api/reliability/services/{id}": {
    params: {
      id: string;
    };
    query: {
      /** Evaluate at this instant (default: now) */
      at?: string;
    };
    body: never;
    response: Schemas["ServiceReliability"];
  };
  /** Every stored OpenSLO object as openslo/v1 YAML */
  "GET /api/reliability/openslo": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: string;
  };
  /** How long a team's pull requests wait for review and merge by its own team vs other teams */
  "GET /api/teams/{id}/delivery/friction": {
    params: {
      id: string;
    };
    query: {
      /** Start of the window (default: 90 days before `to`) */
      from?: string;
      /** End of the window, exclusive (default: now) */
      to?: string;
    };
    body: never;
    response: Schemas["FrictionReport"];
  };
  /** A team’s on-call health: team figures for everyone signed in; per-person load only for the person and their manager line */
  "GET /api/teams/{id}/oncall": {
    params: {
      id: string;
    };
    query: {
      /** Start of the window (default: 90 days before `to`) */
      from?: string;
      /** End of the window, exclusive (default: now) */
      to?: string;
      /** Compare pages per shift in the 90 days before and after this moment */
      around?: string;
    };
    body: never;
    response: Schemas["TeamOncall"];
  };
  /** A person’s own on-call load and off-hours pages in their time zone (the person and their manager line; audited) */
  "GET /api/people/{id}/load": {
    params: {
      id: string;
    };
    query: {
      /** Start of the window (default: 90 days before `to`) */
      from?: string;
      /** End of the window, exclusive (default: now) */
      to?: string;
    };
    body: never;
    response: Schemas["MyLoad"];
  };
  /** The thresholds behind sustainable-work flags */
  "GET /api/settings/wellbeing-thresholds": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["WellbeingThresholds"];
  };
  /** Change the thresholds behind sustainable-work flags (administrators) */
  "PUT /api/settings/wellbeing-thresholds": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      offHoursPerWeek?: number;
      sleepHoursPerWeek?: number;
      weekendPerWeek?: number;
      onCallHoursPerWeek?: number;
      loadShare?: number;
      loadGini?: number;
      minPages?: number;
      trendAlpha?: number;
      trendMinEvents?: number;
    };
    response: Schemas["WellbeingThresholds"];
  };
  /** An incident: timeline, participants, postmortem link, and whether it repeats an earlier incident */
  "GET /api/incidents/{id}": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["IncidentDetail"];
  };
  /** A service’s latest 50 incidents, repeats marked */
  "GET /api/services/{id}/incidents": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["ServiceIncidents"];
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
  /** The published rubric (latest version unless ?version=), with its versions and announcements */
  "GET /api/rubrics": {
    params: Record<never, never>;
    query: {
      /** Rubric id (default `engineering`) */
      id?: string;
      version?: number;
    };
    body: never;
    response: Schemas["RubricView"];
  };
  /** Publish the rubric: version 1, or a revision as version n + 1 (calibrators, administrators; refused while a cycle using it runs) */
  "POST /api/rubrics": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      /** Rubric id (default `engineering`) */
      id?: string;
      name: string;
      signals: {
        id: string;
        name: string;
        definition: string;
        strongExamples: string[];
        needsSupportExamples: string[];
        exceedsExamples?: string[];
        weight?: number;
      }[];
      scale: string[];
    };
    response: {
      rubric: Schemas["Rubric"];
      changes: string[];
    };
  };
  /** Review cycles, newest period first */
  "GET /api/cycles": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: {
      items: Schemas["ReviewCycle"][];
    };
  };
  /** Create a review cycle in draft (people partners, administrators) */
  "POST /api/cycles": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      kind: "check-in" | "annual" | "promotion";
      name: string;
      periodFrom: string;
      periodTo: string;
      /** Default: the latest published rubric (annual and promotion cycles) */
      rubric?: {
        id: string;
        version: number;
      } | null;
      ladder?: {
        id: string;
        version: number;
      } | null;
      /** Due day of each step, in the order of the steps; any may be left open */
      deadlines?: {
        selfReview?: string;
        managerReview?: string;
        calibration?: string;
        sharing?: string;
      };
    };
    response: Schemas["ReviewCycle"];
  };
  /** A cycle with its rubric version and the participants you may see */
  "GET /api/cycles/{id}": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["CycleView"];
  };
  /** The participants you may see and their progress, as CSV (no review text, no rating values) */
  "GET /api/cycles/{id}/participants/export": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: string;
  };
  /** Move a cycle one state forward (people partners, administrators) */
  "POST /api/cycles/{id}/transition": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      to: "draft" | "published" | "writing" | "calibrating" | "finalized" | "shared";
    };
    response: Schemas["ReviewCycle"];
  };
  /** No-surprises flags of a cycle (calibrators and people partners: all; managers: their reporting line) */
  "GET /api/cycles/{id}/flags": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: {
      items: Schemas["SurpriseFlag"][];
    };
  };
  /** The person’s evidence items in the cycle’s period that a rating or review may cite, each with its outcome in one line (readers of the review packet; audited) */
  "GET /api/cycles/{id}/people/{person}/evidence": {
    params: {
      id: string;
      person: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["CitableEvidence"];
  };
  /** A person’s ratings in a cycle, with calibration changes, comments, challenges and no-surprises flags (hidden from the person until the cycle is shared; reads are audited) */
  "GET /api/cycles/{id}/people/{person}/ratings": {
    params: {
      id: string;
      person: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["PersonRatings"];
  };
  /** Rate a person on one signal while the cycle is in writing (their manager line) */
  "PUT /api/cycles/{id}/people/{person}/ratings/{signal}": {
    params: {
      id: string;
      person: string;
      signal: string;
    };
    query: Record<never, never>;
    body: {
      value: string;
      rationale: string;
      /** Ids of evidence items of the person’s living document, dated in the cycle’s period; at least one */
      evidence: string[];
      /** Free text beside the citations (shown as context, never counted as evidence) */
      context?: string;
    };
    response: Schemas["Rating"];
  };
  /** Change a rating in calibration, with a reason tag and a note (calibrators, while calibrating) */
  "POST /api/cycles/{id}/people/{person}/ratings/{signal}/calibration": {
    params: {
      id: string;
      person: string;
      signal: string;
    };
    query: Record<never, never>;
    body: {
      value: string;
      reason: "scope" | "complexity" | "impact" | "consistency";
      note: string;
    };
    response: {
      rating: Schemas["Rating"];
      change: Schemas["RatingChange"];
    };
  };
  /** Comment on or challenge shared ratings (the person and their manager line) */
  "POST /api/cycles/{id}/people/{person}/challenges": {
    params: {
      id: string;
      person: string;
    };
    query: Record<never, never>;
    body: {
      signal?: string | null;
      kind: "comment" | "challenge";
      text: string;
    };
    response: Schemas["RatingNote"];
  };
  /** Answer a challenge in writing (the manager line); a challenge is never closed silently */
  "POST /api/challenges/{id}/answer": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      text: string;
    };
    response: Schemas["RatingNote"];
  };
  /** The self review and manager review of a person in a cycle, the reader’s own drafts, and the items they cite (reads are audited) */
  "GET /api/cycles/{id}/people/{person}/reviews": {
    params: {
      id: string;
      person: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["ReviewWriteups"];
  };
  /** Write the self review (the person) or the manager review (their manager line): autosave a private draft, or submit it */
  "PUT /api/cycles/{id}/people/{person}/reviews/{kind}": {
    params: {
      id: string;
      person: string;
      kind: "self" | "manager";
    };
    query: Record<never, never>;
    body: {
      text: string;
      /** Ids of evidence items of the person’s living document, dated in the cycle’s period */
      citations?: string[];
      /** true: keep as the writer’s private draft (autosave); false: submit */
      draft?: boolean;
    };
    response: Schemas["WrittenReview"];
  };
  /** Feedback shared with a person, newest first (the person, their manager line, people partners; reads are audited) */
  "GET /api/people/{id}/feedback": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: {
      items: Schemas["SharedFeedback"][];
    };
  };
  /** Share feedback on a signal with a person (their manager line) */
  "POST /api/people/{id}/feedback": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      signal?: string | null;
      text: string;
    };
    response: Schemas["SharedFeedback"];
  };
  /** Who was asked for feedback about a person in a cycle, and the peer bound (the person, their manager line, people partners) */
  "GET /api/people/{id}/feedback-requests": {
    params: {
      id: string;
    };
    query: {
      cycle: string;
    };
    body: never;
    response: {
      items: Schemas["FeedbackRequest"][];
      /** Peer requests already sent for the person in the cycle */
      used: number;
      limit: number;
    };
  };
  /** Ask named colleagues for peer (or reports for upward) feedback about a person; refused past the peer bound */
  "POST /api/people/{id}/feedback-requests": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      cycle: string;
      kind?: "peer" | "upward";
      writers: string[];
      note?: string | null;
    };
    response: {
      items: Schemas["FeedbackRequest"][];
      /** Peer requests already sent for the person in the cycle */
      used: number;
      limit: number;
    };
  };
  /** Feedback requests the signed-in person has not answered yet, with the cycle’s deadline */
  "GET /api/feedback/requests/open": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: {
      items: Schemas["FeedbackRequest"][];
    };
  };
  /** What the asked colleague sees before answering: the person, the deadline, the attribution policy and the evidence to cite */
  "GET /api/feedback/requests/{id}": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: {
      request: Schemas["FeedbackRequest"];
      policy: Schemas["FeedbackAttributionPolicy"];
      groupSize: number;
      anonymousAllowed: boolean;
      evidence: {
        id: string;
        title: string;
        /** ISO day */
        date: string;
        kind: string;
        signals: string[];
      }[];
      signals: {
        id: string;
        name: string;
      }[];
    };
  };
  /** Answer a feedback request (only the colleague asked, once): one thing to continue and one to change, each with an example */
  "POST /api/feedback/requests/{id}/answer": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      visibility?: "shared" | "private-to-manager";
      anonymous?: boolean;
      signal?: string | null;
      continueText?: string;
      continueExample?: string;
      changeText?: string;
      changeExample?: string;
      /** Evidence item ids of the person, dated in the cycle’s period */
      citations?: string[];
    };
    response: Schemas["FeedbackEntry"];
  };
  /** Write manager, self or praise feedback about a person (no request needed) */
  "POST /api/people/{id}/feedback/entries": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      kind: "manager" | "self" | "praise";
      visibility?: "shared" | "private-to-manager";
      signal?: string | null;
      cycle?: string | null;
      continueText?: string;
      continueExample?: string;
      changeText?: string;
      changeExample?: string;
      text?: string;
      /** Evidence item ids of the person, dated in the cycle’s period */
      citations?: string[];
    };
    response: Schemas["FeedbackEntry"];
  };
  /** A person’s received feedback: shared feedback for the person, their manager line and people partners; private notes for the manager line only */
  "GET /api/people/{id}/feedback/received": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: {
      person: {
        id: string;
        name: string;
      };
      items: Schemas["FeedbackEntry"][];
      /** Anonymous answers withheld until their request group has 3 */
      withheld: number;
      includesPrivate: boolean;
      policies: Schemas["FeedbackAttributionPolicy"][];
    };
  };
  /** Peer feedback requests allowed per person per cycle */
  "GET /api/settings/peer-feedback-limit": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: {
      limit: number;
    };
  };
  /** Set the peer feedback bound (administrators; 1 to 20) */
  "PUT /api/settings/peer-feedback-limit": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      limit: unknown;
    };
    response: {
      limit: number;
    };
  };
  /** Every covered person’s compensation proposal in a cycle — no ratings, evidence or growth notes (compensation reviewers, people partners; the read is one audit entry naming the people shown) */
  "GET /api/cycles/{id}/compensation": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: {
      /** Everyone the cycle covers: active people with a team */
      items: Schemas["CompensationRow"][];
      /** Active people with no team, so not in this cycle */
      leftOut: {
        id: string;
        name: string;
      }[];
      budget: Schemas["CompensationBudget"] | null;
      /** Sum of the proposals’ numeric `increase` fields, in the budget’s currency */
      proposedTotal: number;
      /** Whether calibration is done, so rating values are shown */
      calibrated: boolean;
      bandsImportedAt: string | null;
    };
  };
  /** The compensation view of a cycle as CSV, with the total against the budget (compensation reviewers, people partners; audited like the view) */
  "GET /api/cycles/{id}/compensation/export": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: string;
  };
  /** Set a cycle’s compensation budget (compensation reviewers, people partners) */
  "PUT /api/cycles/{id}/compensation/budget": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      currency: string;
      amount: number;
    };
    response: Schemas["CompensationBudget"];
  };
  /** The compensation band table (compensation reviewers, people partners, administrators) */
  "GET /api/compensation/bands": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["CompensationBands"];
  };
  /** Replace the band table from CSV: level,track,currency,min,mid,max (administrators; a bad file names line and column, nothing stored) */
  "POST /api/compensation/bands": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      csv: string;
      fileName?: string;
    };
    response: Schemas["CompensationBands"];
  };
  /** A person’s compensation proposal in a cycle (compensation reviewers, people partners; reads are audited) */
  "GET /api/cycles/{id}/compensation/{person}": {
    params: {
      id: string;
      person: string;
    };
    query: Record<never, never>;
    body: never;
    response: {
      compensation: Schemas["Compensation"] | null;
    };
  };
  /** Set a person’s compensation proposal in a cycle (compensation reviewers, people partners) */
  "PUT /api/cycles/{id}/compensation/{person}": {
    params: {
      id: string;
      person: string;
    };
    query: Record<never, never>;
    body: {
      /** e.g. proposedBand, adjustment */
      fields: Record<string, string | number | boolean | null>;
    };
    response: Schemas["Compensation"];
  };
  /** Where first-run setup stands: ladder, review signals, evidence template, calibration workshop */
  "GET /api/setup": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["SetupStatus"];
  };
  /** Start from a ladder that ships with Trellis: imported and published as the ladder `engineering` (calibrators, administrators) */
  "POST /api/setup/ladder": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      ladder: string;
    };
    response: Schemas["SetupStatus"];
  };
  /** Publish the five default review signals (calibrators, administrators); edit them later on the rubric page */
  "POST /api/setup/signals": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["SetupStatus"];
  };
  /** Choose the evidence template every living document uses (administrators) */
  "PUT /api/setup/evidence-template": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      template: string;
    };
    response: Schemas["SetupStatus"];
  };
  /** The no-surprises window in days (spec/people.md) */
  "GET /api/setup/no-surprise-days": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["NoSurpriseDays"];
  };
  /** Set the no-surprises window in days (administrators; audited) */
  "PUT /api/setup/no-surprise-days": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      days: number;
    };
    response: Schemas["NoSurpriseDays"];
  };
  /** Plan the calibration workshop (administrators) */
  "PUT /api/setup/calibration-workshop": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      /** YYYY-MM-DD */
      date: string;
      durationMinutes: number;
      /** person id */
      facilitator: string;
      /** person ids of the raters */
      participants: string[];
      /** review cycle id, when one exists */
      cycle?: string | null;
      /** days before the workshop by which every manager has rated independently */
      ratingDeadlineDays?: number;
    };
    response: Schemas["SetupStatus"];
  };
  /** A person’s review packet in a cycle: evidence by signal, reviews, feedback, team context (JSON, Markdown or printable HTML) */
  "GET /api/cycles/{id}/people/{person}/packet": {
    params: {
      id: string;
      person: string;
    };
    query: {
      format?: "json" | "markdown" | "html";
    };
    body: never;
    response: Schemas["ReviewPacket"] | string;
  };
  /** Calibration workshop rounds you take part in or facilitate, newest first */
  "GET /api/workshops": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: {
      items: Schemas["WorkshopRoundSummary"][];
    };
  };
  /** Start a workshop round with raters, on the published review signals (calibrators, administrators) */
  "POST /api/workshops": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      title: string;
      raters: string[];
    };
    response: Schemas["WorkshopRound"];
  };
  /** A workshop round: packets, progress, your ratings — everyone’s ratings and the agreement once revealed */
  "GET /api/workshops/{id}": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["WorkshopRoundView"];
  };
  /** Add a sample packet: written from scratch (ready at once), or drafted from a real packet with names removed (to review and approve) */
  "POST /api/workshops/{id}/packets": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      origin: "scratch";
      title: string;
      body: string;
    } | {
      origin: "anonymised";
      title: string;
      cycle: string;
      person: string;
    };
    response: Schemas["SamplePacket"];
  };
  /** Approve a drafted sample packet after reviewing what was removed */
  "POST /api/workshops/{id}/packets/{packet}/approve": {
    params: {
      id: string;
      packet: string;
    };
    query: Record<never, never>;
    body: never;
    response: null;
  };
  /** Your rating of a sample packet on one signal, with a rationale (replaces your earlier one until revealed) */
  "PUT /api/workshops/{id}/packets/{packet}/ratings/{signal}": {
    params: {
      id: string;
      packet: string;
      signal: string;
    };
    query: Record<never, never>;
    body: {
      value: string;
      rationale: string;
    };
    response: Schemas["WorkshopRating"];
  };
  /** Close a round before everyone has rated: the ratings given so far are revealed (the facilitator) */
  "POST /api/workshops/{id}/close": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["WorkshopRound"];
  };
  /** A person’s promotion case in a cycle, with its coverage map and repeated-pattern check (JSON, Markdown or printable HTML; reads by others are audited) */
  "GET /api/cycles/{id}/people/{person}/promotion-case": {
    params: {
      id: string;
      person: string;
    };
    query: {
      format?: "json" | "markdown" | "html";
    };
    body: never;
    response: {
      /** null: no case yet */
      case: Schemas["PromotionCase"] | null;
      cycle: {
        id: string;
        name: string;
        state: string;
      };
      person: {
        id: string;
        name: string;
        level: string | null;
      };
      levels: {
        id: string;
        name: string;
      }[];
      suggestedTarget: string | null;
      /** Every evidence item of the person, for citing (a case spans periods) */
      citable: ({
        id: string;
        title: string;
        date: string;
        kind: string;
        signals: string[];
        outcome: string | null;
      })[];
    } | string;
  };
  /** Start a person’s promotion case in a cycle, or change the level it argues for (the person and their manager line) */
  "PUT /api/cycles/{id}/people/{person}/promotion-case": {
    params: {
      id: string;
      person: string;
    };
    query: Record<never, never>;
    body: {
      /** Level id, name or alias; default: the level above the person’s own */
      targetLevel?: string;
    };
    response: Schemas["PromotionCase"];
  };
  /** Add a case file (one example) to a promotion case */
  "POST /api/cycles/{id}/people/{person}/promotion-case/examples": {
    params: {
      id: string;
      person: string;
    };
    query: Record<never, never>;
    body: {
      problem: string;
      scope?: string;
      action?: string;
      result?: string;
      from: string;
      to?: string | null;
      dimensions?: string[];
      evidence?: string[];
    };
    response: Schemas["PromotionCase"];
  };
  /** Change a case file of a promotion case */
  "PUT /api/cycles/{id}/people/{person}/promotion-case/examples/{example}": {
    params: {
      id: string;
      person: string;
      example: string;
    };
    query: Record<never, never>;
    body: {
      problem: string;
      scope?: string;
      action?: string;
      result?: string;
      from: string;
      to?: string | null;
      dimensions?: string[];
      evidence?: string[];
    };
    response: Schemas["PromotionCase"];
  };
  /** Remove a case file from a promotion case */
  "DELETE /api/cycles/{id}/people/{person}/promotion-case/examples/{example}": {
    params: {
      id: string;
      person: string;
      example: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["PromotionCase"];
  };
  /** The promotion committee’s view of a cycle: every case side by side by dimension coverage and evidence, never a score (calibrators and people partners; audited) */
  "GET /api/cycles/{id}/promotion-cases": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: {
      cycle: {
        id: string;
        name: string;
        state: string;
      };
      cases: ({
        caseId: string;
        person: {
          id: string;
          name: string;
          level: string | null;
        };
        target: {
          id: string;
          name: string;
        };
        dimensions: ({
          id: string;
          name: string;
          /** evidenced: an example shows it and cites evidence; claimed: named without evidence; uncovered: no example shows it */
          status: "evidenced" | "claimed" | "uncovered";
          evidence: number;
        })[];
        covered: number;
        total: number;
        missing: string[];
        examples: number;
        /** Distinct evidence items cited across the case */
        evidence: number;
        pattern: {
          holds: boolean;
          periods: string[];
        };
      })[];
    };
  };
  /** The reader’s direct reports with their 1:1 cadence and overdue state (empty for someone without reports) */
  "GET /api/one-on-ones": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: {
      items: Schemas["ReportCadence"][];
    };
  };
  /** The 1:1s of a person with their manager: shared notes and their own action items for the person; everything for the manager line */
  "GET /api/people/{id}/one-on-ones": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["OneOnOnes"];
  };
  /** Record a 1:1 held (manager line): topics added to the template agenda, shared and private notes, new action items, carried-over items done */
  "POST /api/people/{id}/one-on-ones": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      /** A date, YYYY-MM-DD */
      heldOn: string;
      topics?: string[];
      sharedNotes?: string;
      /** Kept for the manager line only */
      privateNotes?: string;
      actions?: ({
        text: string;
        owner: "manager" | "report";
        dueOn?: string | null;
      })[];
      /** Ids of open action items settled in this 1:1 */
      done?: string[];
    };
    response: {
      id: string;
      /** A date, YYYY-MM-DD */
      heldOn: string;
      agenda: Schemas["AgendaItem"][];
      templateVersion: number;
    };
  };
  /** Set how often the pair meets (manager line) */
  "PUT /api/people/{id}/one-on-ones/cadence": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      /** 1 to 90 */
      days: number;
    };
    response: {
      cadenceDays: number;
    };
  };
  /** Change the shared or private notes of a 1:1 (manager line) */
  "PUT /api/people/{id}/one-on-ones/{meetingId}/notes": {
    params: {
      id: string;
      meetingId: string;
    };
    query: Record<never, never>;
    body: {
      sharedNotes?: string;
      privateNotes?: string;
    };
    response: null;
  };
  /** Mark an action item done, or open again (manager line) */
  "PUT /api/people/{id}/one-on-one-actions/{actionId}": {
    params: {
      id: string;
      actionId: string;
    };
    query: Record<never, never>;
    body: {
      done: boolean;
    };
    response: Schemas["ActionItem"];
  };
  /** A person’s support plans, newest first (the person, their manager line and people partners; never compensation reviewers) */
  "GET /api/people/{id}/support-plans": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: {
      person: {
        id: string;
        name: string;
      };
      items: Schemas["SupportPlan"][];
      mayWrite: boolean;
    };
  };
  /** Create a support plan (manager line); the person sees it at once */
  "POST /api/people/{id}/support-plans": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: {
      signal?: string | null;
      /** A date, YYYY-MM-DD */
      startsOn: string;
      /** A date, YYYY-MM-DD */
      endsOn: string;
      expectations: string[];
      support: string[];
      outcome?: "met" | "extended" | "not-met" | "closed" | null;
      outcomeNote?: string | null;
    };
    response: Schemas["SupportPlan"];
  };
  /** Change a support plan: expectations, support, timeline, outcome (manager line) */
  "PUT /api/people/{id}/support-plans/{planId}": {
    params: {
      id: string;
      planId: string;
    };
    query: Record<never, never>;
    body: {
      signal?: string | null;
      /** A date, YYYY-MM-DD */
      startsOn: string;
      /** A date, YYYY-MM-DD */
      endsOn: string;
      expectations: string[];
      support: string[];
      outcome?: "met" | "extended" | "not-met" | "closed" | null;
      outcomeNote?: string | null;
    };
    response: Schemas["SupportPlan"];
  };
  /** Add a dated check-in to a support plan (manager line) */
  "POST /api/people/{id}/support-plans/{planId}/check-ins": {
    params: {
      id: string;
      planId: string;
    };
    query: Record<never, never>;
    body: {
      /** A date, YYYY-MM-DD */
      heldOn: string;
      note: string;
    };
    response: Schemas["SupportPlan"];
  };
  /** The template of each kind in force (goals, review packet, 1:1 agenda, support plan, promotion case) */
  "GET /api/templates": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: {
      items: Schemas["Template"][];
    };
  };
  /** One kind’s template in force and its earlier versions, newest first */
  "GET /api/templates/{kind}": {
    params: {
      kind: string;
    };
    query: Record<never, never>;
    body: never;
    response: {
      current: Schemas["Template"];
      versions: Schemas["Template"][];
    };
  };
  /** Save a new version of a template (administrators); what was written with older versions keeps them */
  "PUT /api/templates/{kind}": {
    params: {
      kind: string;
    };
    query: Record<never, never>;
    body: {
      title: string;
      sections: {
        heading: string;
        prompt: string;
      }[];
    };
    response: Schemas["Template"];
  };
  /** The calibration board of a cycle: pre-ratings side by side (your own line until the session opens), context, prompts, distributions, changes */
  "GET /api/cycles/{id}/calibration": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["CalibrationBoard"];
  };
  /** Prepare the calibration session of a cycle: managers pre-rate independently, each seeing only their own line (calibrators) */
  "POST /api/cycles/{id}/calibration": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["CalibrationSession"];
  };
  /** Open the session once the cycle is calibrating: pre-ratings are shown side by side to everyone taking part (calibrators) */
  "POST /api/cycles/{id}/calibration/open": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["CalibrationSession"];
  };
  /** Lock the session at the end: no rating changes after it (calibrators) */
  "POST /api/cycles/{id}/calibration/lock": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["CalibrationSession"];
  };
  /** Tick or untick a calibration question for a person while the session is open (calibrators) */
  "PUT /api/cycles/{id}/calibration/checklist/{person}/{question}": {
    params: {
      id: string;
      person: string;
      question: string;
    };
    query: Record<never, never>;
    body: {
      checked: boolean;
    };
    response: null;
  };
  /** Acknowledge an open no-surprises flag with a note; a cycle is shared only when every flag is acknowledged (calibrators) */
  "POST /api/cycles/{id}/flags/{rating}/acknowledgement": {
    params: {
      id: string;
      rating: string;
    };
    query: Record<never, never>;
    body: {
      note: string;
    };
    response: {
      rating: string;
      person: string;
      signal: string;
      note: string;
      by: string | null;
      /** ISO 8601, UTC */
      at: string;
    };
  };
  /** The calibration audit trail of a cycle as CSV: session steps, every change with who, old, new, reason and note, acknowledgements, checklist */
  "GET /api/cycles/{id}/calibration/trail": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: string;
  };
  /** Manager consistency in a cycle, as coaching prompts for leaders: listed by name, each figure with its n, never a ranking */
  "GET /api/cycles/{id}/manager-consistency": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["ManagerConsistency"];
  };
  /** What needs doing for the reader, per role: own reviews due, reports’ state, the organisation’s progress, the compensation step, setup steps left */
  "GET /api/home": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["HomeTodo"];
  };
  /** The reader’s goals this quarter, recent evidence, shared ratings and challenges; challenges waiting in a manager’s line; for administrators, how current each record kind is and the accounts */
  "GET /api/home/activity": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["HomeActivity"];
  };
  /** Whether managers see the standout vs grindstone word balance of the reviews they wrote (off by default) */
  "GET /api/setup/writing-balance": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["WritingBalanceSetting"];
  };
  /** Turn the word balance on or off for the organisation (administrators; audited) */
  "PUT /api/setup/writing-balance": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      enabled: boolean;
    };
    response: Schemas["WritingBalanceSetting"];
  };
  /** The reader’s own manager reviews and rating rationales in a cycle: standout vs grindstone words, as an aggregate naming nobody */
  "GET /api/cycles/{id}/writing-balance": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["MyWritingBalance"];
  };
  /** Your notifications, newest first, and how many are unread */
  "GET /api/notifications": {
    params: Record<never, never>;
    query: {
      limit?: number;
    };
    body: never;
    response: Schemas["Inbox"];
  };
  /** Mark some of your notifications read, or all of them */
  "POST /api/notifications/read": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      ids: string[];
    } | {
      all: true;
    };
    response: {
      marked: number;
    };
  };
  /** Which notifications reach you by email */
  "GET /api/notifications/email-settings": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["EmailSettings"];
  };
  /** Choose which notifications reach you by email */
  "PUT /api/notifications/email-settings": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: {
      email: Record<string, boolean>;
    };
    response: Schemas["EmailSettings"];
  };
  /** The email outbox: counts by status and the emails of one status (administrators) */
  "GET /api/email-outbox": {
    params: Record<never, never>;
    query: {
      status?: "pending" | "queued" | "sending" | "sent" | "failed";
    };
    body: never;
    response: {
      /** Whether SMTP is configured */
      emailOn: boolean;
      counts: Record<string, number>;
      items: Schemas["OutboxEmail"][];
    };
  };
  /** Send a failed email again, from its first attempt (administrators) */
  "POST /api/email-outbox/{id}/retry": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["OutboxEmail"];
  };
  /** Remind the people behind on the step the cycle is on (people partners, administrators) */
  "POST /api/cycles/{id}/reminders": {
    params: {
      id: string;
    };
    query: Record<never, never>;
    body: never;
    response: Schemas["Reminders"];
  };
  /** GitHub webhook: deployment_status, push, pull_request, pull_request_review, issues (signed with X-Hub-Signature-256) */
  "POST /api/webhooks/github": {
    params: Record<never, never>;
    query: Record<never, never>;
    body: never;
    response: Schemas["WebhookOutcome"];
  };
  /** GitLab webhook: Deployment Hook, Push Hook, Merge Request Hook, Note Hook (X-Gitlab-Token) */
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
