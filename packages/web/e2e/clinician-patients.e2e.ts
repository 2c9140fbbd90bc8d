/**
 * A physiotherapist's patients (issue 15), at 1280×800 and 768×1024, in Dutch and English: the
 * urgent flag first in the list, opened (marked seen) and handled with a note by keyboard alone; the
 * patient's page; a plan change previewed (what changes this week and next) and saved with a reason;
 * a supervised session; and the patient's plan then carrying the change with the clinician's name.
 */
import { formatNumber, type Locale } from '@wandelcoach/engine';
import { patientsEn } from '../src/clinician/i18n/patients.en.js';
import { patientsNl, type PatientsKey } from '../src/clinician/i18n/patients.nl.js';
import { expectNoAxeViolations } from './support/axe.js';
import { careTeam } from './support/care-team.js';
import { press, tabTo } from './support/keyboard.js';
import { pinnedDate } from './support/pinned-clock.js';
import { expect, test } from './support/pages.js';

const ZONE = 'Europe/Amsterdam';
const day = (n: number) => pinnedDate(ZONE, n);

for (const locale of ['nl', 'en'] as const satisfies readonly Locale[]) {
  const words: Readonly<Record<PatientsKey, string>> = locale === 'nl' ? patientsNl : patientsEn;
  const w = (key: PatientsKey, params: Readonly<Record<string, string | number>> = {}) =>
    Object.entries(params).reduce(
      (text, [name, value]) => text.replace(`{${name}}`, String(value)),
      words[key],
    );

  test(`a clinician handles a fall, changes the plan with a preview and records a session (${locale})`, async ({
    page,
    context,
  }, testInfo) => {
    test.setTimeout(120_000);
    if (testInfo.project.name === 'phone') await page.setViewportSize({ width: 768, height: 1024 });
    const team = await careTeam({
      patientName: 'Anna de Vries',
      startDate: day(-14),
      walks: [
        { date: day(-14), minutes: 8, painDuring: 2 },
        { date: day(-13), minutes: 8, painDuring: 2 },
        { date: day(-12), minutes: 8, painDuring: 3 },
        { date: day(-7), minutes: 9, painDuring: 3 },
        { date: day(-5), minutes: 9, painDuring: 3, painNextMorning: 6 },
        { date: day(-1), minutes: 6, painDuring: 5, painNextMorning: 6, fall: true },
      ],
    });
    await team.clinician.api.send('PATCH', '/me', { locale });
    await context.addCookies(team.clinician.cookies);

    // The list: the urgent flag first in the patient's row. Its walks come with the list's answer,
    // so no row asks for a patient's walks (each such read would be an entry in the access log).
    const walkReads: string[] = [];
    const noteWalkRead = (request: { url: () => string }) => {
      if (/\/clinician\/patients\/[^/]+\/walks/.test(request.url())) walkReads.push(request.url());
    };
    page.on('request', noteWalkRead);
    await page.goto('/clinician/patients');
    await expect(page.getByRole('heading', { level: 1, name: w('cp.list.title') })).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(team.patientName) });
    const chips = row.getByRole('listitem');
    await expect(chips.first()).toHaveText(
      w('cp.flag.chip', { severity: w('cp.severity.urgent'), kind: w('cp.flag.fall') }),
    );
    await expect(chips.nth(1)).toHaveText(new RegExp(`^${w('cp.severity.attention')}`));
    // The average pain of each plan week: (2 + 2 + 3) / 3 in the first, (3 + 3 + 5) / 3 in the second.
    await expect(row).toContainText(
      w('cp.list.pain', { first: formatNumber(locale, 2.3), last: formatNumber(locale, 3.7) }),
    );
    await expect(row).not.toContainText(w('cp.list.noWalk'));
    await expectNoAxeViolations(page);
    page.off('request', noteWalkRead);
    expect(walkReads).toEqual([]);

    // Found by the code on the invite, shown under the name as on the printed sheet, however it is
    // typed; the search is kept in the address.
    const grouped = `${team.code.slice(0, 4)} ${team.code.slice(4)}`;
    await expect(row).toContainText(grouped);
    const search = page.getByRole('searchbox', { name: w('cp.list.search') });
    await search.fill(`${team.code.slice(0, 4).toLowerCase()}-${team.code.slice(4)}`);
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(row).toBeVisible();
    await search.fill(team.code.startsWith('XXXX') ? 'YYYY 9999' : 'XXXX 9999');
    await expect(page.getByRole('status').filter({ hasText: w('cp.list.none') })).toBeVisible();
    await expect(row).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('searchbox', { name: w('cp.list.search') })).toHaveValue(/9999$/);
    await page.getByRole('searchbox', { name: w('cp.list.search') }).fill(grouped);
    await expect(row).toBeVisible();
    await page.getByRole('searchbox', { name: w('cp.list.search') }).fill('');

    // Opening the flag, by keyboard, marks it seen; handling it keeps a note.
    await press(page, chips.first().getByRole('link'));
    await expect(page.getByRole('status').filter({ hasText: w('cp.flag.markedSeen') })).toBeVisible();
    await expect(
      page.getByText(w('cp.flag.seenBy', { name: w('cp.flag.you'), date: '' }).trim()),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    // The list remembers who saw it.
    await page.goBack();
    await expect(chips.first()).toContainText(
      w('cp.flag.seenBy', { name: w('cp.flag.you'), date: '' }).trim(),
    );
    await press(page, chips.first().getByRole('link'));
    await tabTo(page, page.getByRole('textbox', { name: w('cp.flag.note') }));
    await page.keyboard.type('Gebeld: gestruikeld over een stoeprand, geen letsel.');
    await press(page, page.getByRole('button', { name: w('cp.flag.handle') }));
    await expect(page.getByText(w('cp.flag.final'))).toBeVisible();
    await expect(page.getByText(/Gebeld: gestruikeld over een stoeprand/)).toBeVisible();

    // The patient's page.
    await page
      .getByRole('navigation', { name: w('cp.nav.label') })
      .getByRole('link', { name: w('cp.nav.overview') })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: team.patientName })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: w('cp.triage.title') })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: w('cp.decisions.title') })).toBeVisible();
    await expect(
      page.getByText(w('cp.flag.handledBy', { name: w('cp.flag.you'), date: '' }).replace(/\s+$/, '')),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // Change the plan: preview first, by keyboard, then save with the reason.
    await page
      .getByRole('navigation', { name: w('cp.nav.label') })
      .getByRole('link', { name: w('cp.nav.change') })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: w('cp.change.title') })).toBeVisible();
    await tabTo(page, page.getByRole('textbox', { name: w('cp.change.targetMinutes') }));
    await page.keyboard.type('5');
    await tabTo(page, page.getByRole('textbox', { name: w('cp.change.reason') }));
    await page.keyboard.type('Na de val rustiger aan: korter wandelen.');
    await press(page, page.getByRole('button', { name: w('cp.change.preview') }));
    const preview = page.getByRole('region', { name: w('cp.preview.title') });
    await expect(preview.getByRole('heading', { name: w('cp.preview.title') })).toBeFocused();
    await expect(preview.getByRole('table')).toHaveCount(2);
    await expect(preview.getByRole('row', { name: new RegExp(w('cp.preview.total')) }).first()).toBeVisible();
    await expect(preview.locator('.cp-changed').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await press(page, preview.getByRole('button', { name: w('cp.change.save') }));
    await expect(page.getByRole('status').filter({ hasText: w('cp.change.saved') })).toBeVisible();

    // A supervised session, with its date and a reason.
    await page
      .getByRole('navigation', { name: w('cp.nav.label') })
      .getByRole('link', { name: w('cp.nav.session') })
      .click();
    await page.getByRole('textbox', { name: w('cp.session.minutes') }).fill('10');
    await page.getByRole('textbox', { name: w('cp.session.pain') }).fill('2');
    await page
      .getByRole('textbox', { name: w('cp.session.reason') })
      .fill('Samen achteruit gelopen op de band.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: w('cp.session.save') }).click();
    await expect(page.getByRole('status').filter({ hasText: w('cp.session.saved') })).toBeVisible();
    // The reason is kept with the session, so the walks list shows it beside the walk.
    await page
      .getByRole('navigation', { name: w('cp.nav.label') })
      .getByRole('link', { name: w('cp.nav.walks') })
      .click();
    await expect(
      page.getByRole('cell', {
        name: w('cp.walks.supervisedWhy', {
          name: team.clinician.displayName,
          reason: 'Samen achteruit gelopen op de band.',
        }),
      }),
    ).toBeVisible();

    // Outcome measures: the patient's answer at the start, as the clinician reads it.
    const answered = await team.patient.context.post('/api/v1/me/outcome-measures', {
      headers: { 'x-csrf-token': team.patient.csrf },
      data: {
        timepoint: 'start',
        nprs: 5,
        psfs: [
          { activity: 'Boodschappen doen', score: 4 },
          { activity: 'Tuinieren', score: 3 },
          { activity: 'Fietsen', score: 6 },
        ],
      },
    });
    expect(answered.status(), await answered.text()).toBe(201);
    await page
      .getByRole('navigation', { name: w('cp.nav.label') })
      .getByRole('link', { name: w('cp.nav.outcomes') })
      .click();
    const start = page.getByRole('row', { name: new RegExp(`^${w('cp.outcome.timepoint.start')}`) });
    await expect(start).toContainText('Tuinieren: 3');
    await expect(start.getByRole('cell').nth(1)).toHaveText('5');
    await expect(page.getByText(w('cp.outcome.change.none'))).toBeVisible();
    await expect(page.getByText(w('cp.outcome.credit'))).toBeVisible();
    await expectNoAxeViolations(page);

    // The patient's plan carries the change, by name, with the reason.
    const plan = await team.patient.context.get('/api/v1/me/plan');
    const output = (await plan.json()) as {
      decisions: { reasons: { source: string; by?: { name: string }; clinicianReason?: string }[] }[];
    };
    const reasons = output.decisions.flatMap((decision) => decision.reasons);
    expect(reasons).toContainEqual(
      expect.objectContaining({
        source: 'CLINICIAN',
        by: expect.objectContaining({ name: team.clinician.displayName }),
        clinicianReason: 'Na de val rustiger aan: korter wandelen.',
      }),
    );
    const walks = (await (await team.patient.context.get('/api/v1/me/walks')).json()) as {
      walks: { minutes: number; supervisedBy?: { name: string | null; reason: string | null } }[];
    };
    expect(walks.walks).toContainEqual(
      expect.objectContaining({
        minutes: 10,
        supervisedBy: { name: team.clinician.displayName, reason: 'Samen achteruit gelopen op de band.' },
      }),
    );
    // Kept with the session, no longer written as a separate note.
    const notes = await page.request.get(`/api/v1/clinician/patients/${team.patientId}/notes`);
    expect(JSON.stringify(await notes.json())).not.toContain('Samen achteruit gelopen');
  });
}
