/** The signed-in app's pages by path, in match order. */
import { AuditPage } from './pages/audit/AuditPage';
import { WorkshopPage } from './pages/calibration/WorkshopPage';
import { WorkshopsPage } from './pages/calibration/WorkshopsPage';
import { BoardPage } from './pages/calibration/BoardPage';
import { ConsistencyPage } from './pages/calibration/ConsistencyPage';
import { DeliveryPage } from './pages/delivery/DeliveryPage';
import { OrgDeliveryPage } from './pages/delivery/OrgDeliveryPage';
import { ServiceReliabilityPage } from './pages/reliability/ServiceReliabilityPage';
import { HomePage } from './pages/HomePage';
import { LadderPage } from './pages/ladder/LadderPage';
import { LivingDocumentPage } from './pages/living-document/LivingDocumentPage';
import { PeoplePage } from './pages/PeoplePage';
import { PersonPage } from './pages/PersonPage';
import { PrivatePage } from './pages/PrivatePage';
import { BandsPage } from './pages/reviews/BandsPage';
import { CompensationPage } from './pages/reviews/CompensationPage';
import { CyclePage } from './pages/reviews/CyclePage';
import { CyclesPage } from './pages/reviews/CyclesPage';
import { RatingsPage } from './pages/reviews/RatingsPage';
import { ReviewPage } from './pages/reviews/ReviewPage';
import { RubricPage } from './pages/reviews/RubricPage';
import { ReportingLinesPage } from './pages/reporting-lines/ReportingLinesPage';
import { ServicePage } from './pages/ServicePage';
import { ServicesPage } from './pages/ServicesPage';
import { SetupPage } from './pages/setup/SetupPage';
import { PacketPage } from './pages/packet/PacketPage';
import { CommitteePage } from './pages/promotion/CommitteePage';
import { PromotionCasePage } from './pages/promotion/PromotionCasePage';
import { TeamPage } from './pages/TeamPage';
import { TeamsPage } from './pages/TeamsPage';
import { IncidentPage } from './pages/oncall/IncidentPage';
import { TeamOncallPage } from './pages/oncall/TeamOncallPage';
import { OneOnOnesPage } from './pages/one-on-ones/OneOnOnesPage';
import { PairPage } from './pages/one-on-ones/PairPage';
import { SupportPlansPage } from './pages/support-plans/SupportPlansPage';
import { TemplatesPage } from './pages/templates/TemplatesPage';
import { NotificationsPage } from './pages/notifications/NotificationsPage';
import { EmailSettingsPage } from './pages/notifications/EmailSettingsPage';
import { EmailOutboxPage } from './pages/notifications/EmailOutboxPage';
import type { Route } from './router/Routes';

const id = (params: Record<string, string>): string => params.id ?? '';

export const appRoutes: readonly Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/teams', render: () => <TeamsPage /> },
  { path: '/teams/:id', render: (p) => <TeamPage id={id(p)} /> },
  { path: '/teams/:id/delivery', render: (p) => <DeliveryPage kind="team" id={id(p)} /> },
  { path: '/teams/:id/oncall', render: (p) => <TeamOncallPage id={id(p)} /> },
  { path: '/incidents/:id', render: (p) => <IncidentPage id={id(p)} /> },
  { path: '/org/delivery', render: () => <OrgDeliveryPage /> },
  { path: '/people', render: () => <PeoplePage /> },
  { path: '/people/:id', render: (p) => <PersonPage id={id(p)} /> },
  { path: '/people/:id/private', render: (p) => <PrivatePage id={id(p)} /> },
  { path: '/people/:id/document', render: (p) => <LivingDocumentPage id={id(p)} /> },
  { path: '/services', render: () => <ServicesPage /> },
  { path: '/services/:id', render: (p) => <ServicePage id={id(p)} /> },
  { path: '/services/:id/delivery', render: (p) => <DeliveryPage kind="service" id={id(p)} /> },
  { path: '/services/:id/reliability', render: (p) => <ServiceReliabilityPage id={id(p)} /> },
  { path: '/reporting-lines', render: () => <ReportingLinesPage /> },
  { path: '/audit', render: () => <AuditPage /> },
  { path: '/setup', render: () => <SetupPage /> },
  { path: '/cycles/:id/people/:person/review/:kind', render: (p) => <ReviewPage cycleId={id(p)} personId={p.person ?? ''} kind={p.kind ?? ''} /> },
  { path: '/cycles/:id/people/:person/packet', render: (p) => <PacketPage cycle={id(p)} person={p.person ?? ''} /> },
  { path: '/cycles/:id/people/:person/promotion-case', render: (p) => <PromotionCasePage cycle={id(p)} person={p.person ?? ''} /> },
  { path: '/cycles/:id/promotion-cases', render: (p) => <CommitteePage cycle={id(p)} /> },
  { path: '/ladder', render: () => <LadderPage /> },
  { path: '/rubric', render: () => <RubricPage /> },
  { path: '/cycles', render: () => <CyclesPage /> },
  { path: '/cycles/:id', render: (p) => <CyclePage id={id(p)} /> },
  { path: '/compensation/bands', render: () => <BandsPage /> },
  { path: '/cycles/:id/calibration', render: (p) => <BoardPage cycleId={id(p)} /> },
  { path: '/cycles/:id/consistency', render: (p) => <ConsistencyPage cycleId={id(p)} /> },
  { path: '/cycles/:id/compensation', render: (p) => <CompensationPage cycleId={id(p)} /> },
  { path: '/cycles/:id/people/:person', render: (p) => <RatingsPage cycleId={id(p)} personId={p.person ?? ''} /> },
  { path: '/calibration/workshops', render: () => <WorkshopsPage /> },
  { path: '/calibration/workshops/:id', render: (p) => <WorkshopPage id={id(p)} /> },
  // 1:1s, support plans and templates.
  { path: '/one-on-ones', render: () => <OneOnOnesPage /> },
  { path: '/people/:id/one-on-ones', render: (p) => <PairPage id={id(p)} /> },
  { path: '/people/:id/support-plans', render: (p) => <SupportPlansPage id={id(p)} /> },
  { path: '/templates', render: () => <TemplatesPage /> },
  { path: '/notifications', render: () => <NotificationsPage /> },
  { path: '/notifications/email', render: () => <EmailSettingsPage /> },
  { path: '/admin/email', render: () => <EmailOutboxPage /> },
];
