/**
 * First-run setup: `GET /api/setup` (the checklist), `POST /api/setup/ladder` (a bundled ladder),
 * `POST /api/setup/signals` (the default signals), `PUT /api/setup/evidence-template`,
 * `PUT /api/setup/calibration-workshop`, and the no-surprises window (`GET`/`PUT
 * /api/setup/no-surprise-days`).
 */
import { chooseEvidenceTemplate } from '../../../app/setup/choose-evidence-template.js';
import { planCalibrationWorkshop } from '../../../app/setup/plan-calibration-workshop.js';
import { readSetupStatus } from '../../../app/setup/read-setup-status.js';
import { readNoSurpriseDays, setNoSurpriseDays } from '../../../app/reviews/set-no-surprise-days.js';
import { adoptBundledLadder, adoptDefaultSignals } from '../../../app/setup/start-from-defaults.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { adoptLadderSchema, adoptSignalsSchema, chooseTemplateSchema, noSurpriseDaysSchema, planWorkshopSchema, readNoSurpriseDaysSchema, readSetupSchema } from './schema.js';

const write: RouteAccess = { resource: 'settings', action: 'write' };

export const setupRoutes: RouteRegistration = {
  area: 'setup',
  register(app, { data, runtime }) {
    const deps = { data, runtime };
    app.get('/api/setup', { schema: readSetupSchema, config: { access: { resource: 'settings', action: 'read' } } }, (request) => readSetupStatus(deps, requestActor(request)));

    app.post('/api/setup/ladder', { schema: adoptLadderSchema, config: { access: { resource: 'ladder', action: 'write' } } }, async (request) => {
      await adoptBundledLadder(deps, requestActor(request), request.body.ladder);
      return readSetupStatus(deps, requestActor(request));
    });

    app.post('/api/setup/signals', { schema: adoptSignalsSchema, config: { access: { resource: 'rubric', action: 'write' } } }, async (request) => {
      await adoptDefaultSignals(deps, requestActor(request));
      return readSetupStatus(deps, requestActor(request));
    });

    app.put('/api/setup/evidence-template', { schema: chooseTemplateSchema, config: { access: write } }, async (request) => {
      await chooseEvidenceTemplate(deps, requestActor(request), request.body.template);
      return readSetupStatus(deps, requestActor(request));
    });

    app.get('/api/setup/no-surprise-days', { schema: readNoSurpriseDaysSchema, config: { access: { resource: 'settings', action: 'read' } } }, async () => ({
      days: await readNoSurpriseDays(data),
    }));

    app.put('/api/setup/no-surprise-days', { schema: noSurpriseDaysSchema, config: { access: write } }, async (request) => ({
      days: await setNoSurpriseDays(deps, requestActor(request), request.body.days),
    }));

    app.put('/api/setup/calibration-workshop', { schema: planWorkshopSchema, config: { access: write } }, async (request) => {
      await planCalibrationWorkshop(deps, requestActor(request), request.body);
      return readSetupStatus(deps, requestActor(request));
    });
  },
};
