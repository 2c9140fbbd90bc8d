/**
 * Change the plan: the prescription's settings within their bounds (docs/clinical-rules.md §6), a
 * required reason the patient reads, and a preview of the new plan before saving, computed here by
 * the engine (loaded with `import()`): what changes this week and next, and which rules still limit
 * it. Saving needs a preview of the form as it is.
 */
import { formatNumber, type Reason } from '@wandelcoach/engine';
import { useId, useMemo, useRef, useState } from 'react';
import { accountOf, useApp } from '../../app-context.js';
import { RadioGroup } from '../../components/choices.js';
import { ReasonLine } from '../../components/reason-line.js';
import { TableScroll } from '../../components/table-scroll.js';
import { TextField } from '../../components/text-field.js';
import {
  changeFromForm,
  emptyForm,
  NUMBER_SETTINGS,
  settingBounds,
  type ChangeForm,
  type ChangeRequest,
  type FormProblems,
} from './change-form.js';
import { patientsApi, usePatientPart } from './data.js';
import { usePatientToday } from './patient-today.js';
import { localToday } from '../../today.js';
import { refusal } from './field-error.js';
import type { WeekChange } from './plan-preview.js';
import type { Preview } from './preview-engine.js';
import { ReasonField } from './reason-field.js';
import { useSaving } from './saving.js';
import { formatDate, useWords } from './words.js';

function dayName(locale: string, date: string, offset: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'short',
    timeZone: 'UTC',
  }).format(day);
}

function WeekTable(props: { week: WeekChange; lang: 'nl' | 'en' }) {
  const { t, locale: appLocale } = useApp();
  const { w, locale } = useWords();
  const { week } = props;
  const n = (value: number | undefined) => (value === undefined ? w('cp.dash') : formatNumber(locale, value));
  const title = w('cp.preview.week', { week: week.week, date: formatDate(locale, week.startDate) });
  const limits: Reason[] = week.limits;
  return (
    <div className="cp-preview-week">
      <h4>{title}</h4>
      {!week.changed && <p>{w('cp.preview.same', { week: week.week })}</p>}
      <TableScroll label={title}>
        <table className="cp-table">
          <caption className="cp-visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{w('cp.preview.col.day')}</th>
              <th scope="col">{w('cp.preview.col.before')}</th>
              <th scope="col">{w('cp.preview.col.after')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: 7 }, (_, i) => {
              const before = week.before?.perDay[i];
              const after = week.after?.perDay[i];
              return (
                <tr key={i} className={before === after ? undefined : 'cp-changed'}>
                  <th scope="row">{dayName(locale, week.startDate, i)}</th>
                  <td>{n(before)}</td>
                  <td>{n(after)}</td>
                </tr>
              );
            })}
            <tr className={week.changed ? 'cp-changed cp-total' : 'cp-total'}>
              <th scope="row">{w('cp.preview.total')}</th>
              <td>{n(week.before?.total)}</td>
              <td>{n(week.after?.total)}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      {limits.length === 0 ? (
        <p>{w('cp.preview.noLimits')}</p>
      ) : (
        <>
          <p>{w('cp.preview.limits')}</p>
          <ul className="reasons">
            {limits.map((reason) => (
              <li key={reason.code}>
                <ReasonLine reason={reason} lang={props.lang} t={t} locale={appLocale} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function ChangePlanSection(props: { patientId: string }) {
  const { api, session } = useApp();
  const { w } = useWords();
  const intake = usePatientPart(props.patientId, 'intake');
  const walks = usePatientPart(props.patientId, 'walks');
  const prescription = usePatientPart(props.patientId, 'prescription');
  const bounds = useMemo(settingBounds, []);
  // The patient's date, as the server reckons the plan: the preview and the change's date start there.
  const today = usePatientToday(props.patientId, (known) => {
    setForm((current) => (current.date === localToday() ? { ...current, date: known } : current));
  });
  const [form, setForm] = useState<ChangeForm>(() => emptyForm(today));
  const [problems, setProblems] = useState<FormProblems>({});
  const [preview, setPreview] = useState<{ for: string; change: ChangeRequest; result: Preview }>();
  const { busy, failure, save, fail } = useSaving(refusal);
  const [status, setStatus] = useState('');
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const previewId = useId();
  const formKey = JSON.stringify(form);
  const fresh = preview !== undefined && preview.for === formKey;
  const me = accountOf(session)?.id ?? 'preview';

  const set = (changes: Partial<ChangeForm>) => {
    setForm((current) => ({ ...current, ...changes }));
    setStatus('');
  };

  const showPreview = async () => {
    const made = changeFromForm(form, bounds);
    if ('problems' in made) {
      setProblems(made.problems);
      return;
    }
    setProblems({});
    if (intake.status !== 'done' || walks.status !== 'done' || prescription.status !== 'done') return;
    const engine = await import('./preview-engine.js');
    const result = engine.previewChange({
      intake: intake.data,
      walks: walks.data,
      prescription: prescription.data,
      today,
      change: made.change,
      by: { id: me, name: w('cp.flag.you') },
    });
    setPreview({ for: formKey, change: made.change, result });
    requestAnimationFrame(() => previewHeading.current?.focus());
  };

  const numberLabel = {
    startMinutes: w('cp.change.startMinutes'),
    weeklyStepMinutes: w('cp.change.weeklyStepMinutes'),
    targetMinutes: w('cp.change.targetMinutes'),
    retroSessionMinutes: w('cp.change.retroSessionMinutes'),
    retroGrowthPercent: w('cp.change.retroGrowthPercent'),
    treadmillMaxKmh: w('cp.change.treadmillMaxKmh'),
  } as const;
  const ready = intake.status === 'done' && walks.status === 'done' && prescription.status === 'done';

  return (
    <>
      <h2>{w('cp.change.title')}</h2>
      <p>{w('cp.change.intro')}</p>
      <form
        className="cp-form cp-change"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          showPreview().catch(fail);
        }}
      >
        {problems.nothing === true && (
          <p role="alert" className="error">
            {w('cp.change.nothing')}
          </p>
        )}
        <div className="cp-grid">
          {NUMBER_SETTINGS.map((setting) => (
            <TextField
              key={setting}
              label={numberLabel[setting]}
              help={w('cp.change.range', { min: bounds[setting].min, max: bounds[setting].max })}
              value={form.numbers[setting]}
              error={
                problems[setting] === undefined
                  ? undefined
                  : w('cp.change.notANumber', { min: bounds[setting].min, max: bounds[setting].max })
              }
              onChange={(value) => {
                set({ numbers: { ...form.numbers, [setting]: value } });
              }}
            />
          ))}
        </div>
        <div className="cp-grid">
          <RadioGroup
            legend={w('cp.change.retroWalking')}
            options={(['keep', 'off', 'on'] as const).map((value) => ({
              value,
              label: w(`cp.change.retroWalking.${value}`),
            }))}
            selected={form.retroWalking}
            onChange={(retroWalking) => {
              set({ retroWalking });
            }}
          />
          <RadioGroup
            legend={w('cp.change.pause')}
            options={(['keep', 'start', 'end'] as const).map((value) => ({
              value,
              label: w(`cp.change.pause.${value}`),
            }))}
            selected={form.pause}
            onChange={(pause) => {
              set({ pause });
            }}
          />
        </div>
        {form.pause === 'start' && (
          <TextField
            label={w('cp.change.pauseUntil')}
            help={w('cp.change.date.help')}
            type="date"
            min={form.date}
            value={form.pauseUntil}
            error={undefined}
            onChange={(pauseUntil) => {
              set({ pauseUntil });
            }}
          />
        )}
        <TextField
          label={w('cp.change.date')}
          help={w('cp.change.date.help')}
          type="date"
          value={form.date}
          error={undefined}
          onChange={(date) => {
            set({ date });
          }}
        />
        <ReasonField
          label={w('cp.change.reason')}
          help={w('cp.change.reason.help')}
          value={form.reason}
          error={problems.reason === true ? w('cp.change.reasonNeeded') : undefined}
          onChange={(reason) => {
            set({ reason });
          }}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={!ready}>
            {w('cp.change.preview')}
          </button>
        </div>
      </form>
      {preview !== undefined && (
        <section className="cp-preview panel" aria-labelledby={previewId}>
          <h3 id={previewId} ref={previewHeading} tabIndex={-1}>
            {w('cp.preview.title')}
          </h3>
          {!fresh && <p className="notice">{w('cp.preview.stale')}</p>}
          {preview.result.ok ? (
            preview.result.weeks.length === 0 ? (
              <p>{w('cp.preview.none')}</p>
            ) : (
              <div className="cp-preview-weeks">
                {preview.result.weeks.map((week) => (
                  <WeekTable
                    key={week.week}
                    week={week}
                    lang={preview.result.ok ? preview.result.after.locale : 'nl'}
                  />
                ))}
              </div>
            )
          ) : (
            <p role="alert" className="error">
              {w('cp.preview.invalid', {
                problems: preview.result.problems
                  .map((problem) => `${problem.path}: ${problem.message}`)
                  .join('; '),
              })}
            </p>
          )}
          {fresh && preview.result.ok && (
            <div className="actions">
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => {
                  save(
                    () => patientsApi.changePlan(api, props.patientId, preview.change),
                    () => {
                      setForm(emptyForm(today));
                      setPreview(undefined);
                      setStatus(w('cp.change.saved'));
                    },
                  );
                }}
              >
                {w('cp.change.save')}
              </button>
            </div>
          )}
        </section>
      )}
      {failure !== undefined && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <p role="status" className="cp-status">
        {status}
      </p>
    </>
  );
}
