/**
 * The person's cadence, in steps per minute, which sets the pace of the breathing rhythm: typed in,
 * or measured by tapping a button with each step. One field for the settings screen and the guided
 * walk, so both ask it in the same words and keep it the same way.
 */
import { useRef, useState } from 'react';
import { TextField } from '../components/text-field.js';
import type { Translate } from '../i18n/catalogue.js';
import { addTap, CADENCE_MAX, CADENCE_MIN, cadenceFromTaps, parseCadence, TAPS_NEEDED } from './breathing.js';

export function CadenceField(props: {
  t: Translate;
  /** The cadence as kept now. */
  cadence: number;
  /** Called only with a cadence in range: what is half typed or wrong is never kept. */
  onChange: (cadence: number) => void;
}) {
  const { t } = props;
  const range = { min: CADENCE_MIN, max: CADENCE_MAX };
  const [text, setText] = useState(String(props.cadence));
  const [shown, setShown] = useState(props.cadence);
  const [wrong, setWrong] = useState(false);
  const [tapStatus, setTapStatus] = useState('');
  const taps = useRef<number[]>([]);

  // A cadence changed from outside the field shows in it; what the person is typing stays as typed.
  if (props.cadence !== shown) {
    setShown(props.cadence);
    setText(String(props.cadence));
    setWrong(false);
  }

  return (
    <TextField
      label={t('walk.cadence')}
      help={t('walk.cadence.help', range)}
      type="number-as-text"
      value={text}
      error={wrong ? t('walk.cadence.range', range) : undefined}
      onChange={(value) => {
        setText(value);
        const cadence = parseCadence(value);
        if (cadence === undefined) return;
        // Kept as soon as it is a whole number in range, so leaving the screen loses nothing.
        setWrong(false);
        setShown(cadence);
        props.onChange(cadence);
      }}
      onBlur={() => {
        // Said on leaving the field, not while typing: "1" on the way to "100" is not a mistake.
        setWrong(parseCadence(text) === undefined);
      }}
    >
      <div className="cadence-tap">
        <button
          type="button"
          onClick={() => {
            taps.current = addTap(taps.current, performance.now());
            const cadence = cadenceFromTaps(taps.current);
            if (cadence === undefined) {
              setTapStatus(t('walk.cadence.tapMore', { taps: TAPS_NEEDED - taps.current.length }));
              return;
            }
            setTapStatus(t('walk.cadence.measured', { cadence }));
            setText(String(cadence));
            setShown(cadence);
            setWrong(false);
            props.onChange(cadence);
          }}
        >
          {t('walk.tap')}
        </button>
        {/* Always there, so a screen reader hears each change without leaving the button. */}
        <p role="status" className="hint quiet">
          {tapStatus}
        </p>
      </div>
    </TextField>
  );
}
