import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';

describeEachDatabase('health, headers and the OpenAPI document', (server) => {
  it('reports the database as reachable', async () => {
    const response = await server().app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'reachable', dialect: server().dialect });
  });

  it('sends strict security headers on every response', async () => {
    for (const path of ['/healthz', '/api/v1/me/plan', '/nowhere']) {
      const response = await server().app.request(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('answers an unknown route with a problem document', async () => {
    const response = await server().client().get('/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body).toMatchObject({ type: 'urn:wandelcoach:problem:route-not-found', status: 404 });
    // A very long address is named, but not echoed back whole.
    const long = await server()
      .client()
      .get(`/${'x'.repeat(8000)}`);
    expect(long.status).toBe(404);
    expect(long.body.detail.length).toBeLessThan(300);
    expect(long.body.detail).toContain('xxxx…');
  });

  it('serves an OpenAPI 3.1 document naming every route', async () => {
    const response = await server().client().get('/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths).sort()).toEqual([
      '/accounts',
      '/clinician/flags',
      '/clinician/patient-invites',
      '/clinician/patients',
      '/clinician/patients/{patientId}',
      '/clinician/patients/{patientId}/access-log',
      '/clinician/patients/{patientId}/flags',
      '/clinician/patients/{patientId}/flags/{flagId}',
      '/clinician/patients/{patientId}/intake',
      '/clinician/patients/{patientId}/notes',
      '/clinician/patients/{patientId}/outcome-measures',
      '/clinician/patients/{patientId}/plan',
      '/clinician/patients/{patientId}/prescription',
      '/clinician/patients/{patientId}/prescription/changes',
      '/clinician/patients/{patientId}/prescription/clearances',
      '/clinician/patients/{patientId}/progress',
      '/clinician/patients/{patientId}/supervised-sessions',
      '/clinician/patients/{patientId}/walks',
      '/clinician/practice',
      '/clinician/second-factor/confirm',
      '/clinician/second-factor/setup',
      '/clinician/second-factor/verify',
      '/email-confirmations',
      '/me',
      '/me/access-log',
      '/me/care-team',
      '/me/care-team/preview',
      '/me/care-team/{linkId}',
      '/me/care-team/{linkId}/consent',
      '/me/export',
      '/me/intake',
      '/me/outcome-measures',
      '/me/outcome-measures/skip',
      '/me/password',
      '/me/plan',
      '/me/progress',
      '/me/today',
      '/me/walks',
      '/me/walks/{id}',
      '/password-resets',
      '/password-resets/confirm',
      '/practice-invites/accept',
      '/practices',
      '/practices/{practiceId}/invites',
      '/practices/{practiceId}/members',
      '/practices/{practiceId}/members/{accountId}',
      '/practices/{practiceId}/members/{accountId}/second-factor',
      '/session',
    ]);
    expect(response.body.components.schemas.Intake.properties.age).toBeDefined();
  });
});
