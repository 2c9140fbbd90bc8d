/**
 * A physiotherapist ends the practice's link when the treatment is over, by keyboard alone, at 1280×800
 * and 768×1024, in Dutch and English: reached from the patient's overview, it says what follows, asks
 * once (and "no" keeps everything), and then the list says it is done and the patient is out of reach.
 * The patient keeps their plan and sees in their access log that the practice ended the link.
 */
import type { Locale } from '@wandelcoach/engine';
import { patientsEn } from '../src/clinician/i18n/patients.en.js';
import { patientsNl, type PatientsKey } from '../src/clinician/i18n/patients.nl.js';
import { expectNoAxeViolations } from './support/axe.js';
import { careTeam } from './support/care-team.js';
import { press } from './support/keyboard.js';
import { pinnedDate } from './support/pinned-clock.js';
import { expect, test } from './support/pages.js';

const ZONE = 'Europe/Amsterdam';
const day = (n: number) => pinnedDate(ZONE, n);

interface AccessLog {
  entries: { who: { kind: string }; practice: { name: string } | null; resource: string; action: string }[];
}

for (const locale of ['nl', 'en'] as const satisfies readonly Locale[]) {
  const words: Readonly<Record<PatientsKey, string>> = locale === 'nl' ? patientsNl : patientsEn;
  const w = (key: PatientsKey, params: Readonly<Record<string, string>> = {}) =>
    Object.entries(params).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, value), words[key]);

  test(`a clinician ends the link when the treatment is over, asked once (${locale})`, async ({
    page,
    context,
  }, testInfo) => {
    if (testInfo.project.name === 'phone') await page.setViewportSize({ width: 768, height: 1024 });
    const team = await careTeam({
      patientName: 'Kees Bakker',
      startDate: day(-10),
      walks: [{ date: day(-2), minutes: 8, painDuring: 2 }],
    });
    const name = team.patientName;
    await team.clinician.api.send('PATCH', '/me', { locale });
    await context.addCookies(team.clinician.cookies);

    await page.goto(`/clinician/patients/${team.patientId}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await press(page, page.getByRole('link', { name: w('cp.end.open', { name }) }));
    await expect(page).toHaveURL(new RegExp(`/clinician/patients/${team.patientId}/end$`));
    await expect(page.getByRole('heading', { level: 2, name: w('cp.end.title', { name }) })).toBeVisible();
    // What follows, with the practice named.
    await expect(
      page.getByText(w('cp.end.intro', { name, practice: 'Fysiotherapie De Brug' })),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // Asked once; "no" keeps the link and puts the focus back on the button.
    const end = page.getByRole('button', { name: w('cp.end.button') });
    await press(page, end);
    const question = page.getByText(w('cp.end.ask', { name }));
    await expect(question).toBeVisible();
    await expect(page.locator(':focus')).toContainText(w('cp.end.ask', { name }));
    await expectNoAxeViolations(page);
    await press(page, page.getByRole('button', { name: w('cp.end.no') }));
    await expect(question).toBeHidden();
    await expect(end).toBeFocused();
    expect(await team.clinician.api.status('GET', `/clinician/patients/${team.patientId}/plan`)).toBe(200);

    await press(page, end);
    await press(page, page.getByRole('button', { name: w('cp.end.yes') }));
    await expect(page.getByRole('heading', { level: 1, name: words['cp.list.title'] })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: w('cp.end.done', { name }) })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath(`link-ended-${locale}.png`), fullPage: true });

    // Out of reach at once, in the app and through the API.
    await page.goto(`/clinician/patients/${team.patientId}/end`);
    await expect(page.getByRole('alert').filter({ hasText: words['cp.notFound'] })).toBeVisible();
    expect(await team.clinician.api.status('GET', `/clinician/patients/${team.patientId}/plan`)).toBe(404);

    // The patient keeps their plan, has no running link any more, and sees who ended it.
    const patient = team.patient.context;
    expect((await patient.get('/api/v1/me/plan')).status()).toBe(200);
    expect(await (await patient.get('/api/v1/me/care-team')).json()).toEqual({
      links: [],
      ended: [
        {
          practice: { name: 'Fysiotherapie De Brug' },
          since: expect.any(String),
          endedAt: expect.any(String),
          endedBy: 'practice',
        },
      ],
    });
    const log = (await (await patient.get('/api/v1/me/access-log')).json()) as AccessLog;
    expect(log.entries[0]).toMatchObject({
      who: { kind: 'clinician' },
      practice: { name: 'Fysiotherapie De Brug' },
      resource: 'care-link',
      action: 'end',
    });
  });
}
