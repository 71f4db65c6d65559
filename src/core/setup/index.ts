export { evidenceTemplates, evidenceTemplate, defaultEvidenceTemplate, type EvidenceTemplate } from './evidence-templates.js';
export { validateWorkshop, workshopAgenda, type WorkshopPlan, type AgendaItem } from './workshop.js';
export { setupStatus, type SetupFacts, type SetupStatus, type SetupStep, type SetupStepId } from './setup-status.js';
