// A drawn signature: pointer events on a canvas (finger, pen or mouse), exported as PNG for upload.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** Props of SignaturePad: `onChange` receives a PNG blob once something is drawn, null when cleared. */
export interface SignaturePadProps {
  onChange: (png: Blob | null) => void;
}

/** The signature box with a "sign again" button. */
export function SignaturePad({ onChange }: SignaturePadProps) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    // Match the backing store to the laid-out size so strokes are crisp on high-density phone screens.
    const element = canvas.current!;
    const ratio = window.devicePixelRatio || 1;
    element.width = element.clientWidth * ratio;
    element.height = element.clientHeight * ratio;
    const context = element.getContext('2d')!;
    context.scale(ratio, ratio);
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#111827';
  }, []);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top] as const;
  };
  const start = (event: React.PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const context = event.currentTarget.getContext('2d')!;
    const [x, y] = point(event);
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + 0.1, y + 0.1);
    context.stroke();
  };
  const move = (event: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext('2d')!;
    const [x, y] = point(event);
    context.lineTo(x, y);
    context.stroke();
  };
  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    setDrawn(true);
    canvas.current!.toBlob((blob) => onChange(blob), 'image/png');
  };
  const clear = () => {
    const element = canvas.current!;
    element.getContext('2d')!.clearRect(0, 0, element.width, element.height);
    setDrawn(false);
    onChange(null);
  };

  return (
    <div className="signature">
      <canvas
        ref={canvas}
        className="signature__canvas"
        role="img"
        aria-label={t('gate.signatureLabel')}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        onPointerLeave={end}
      />
      <button type="button" className="button button--quiet" onClick={clear} disabled={!drawn}>
        {t('gate.clearSignature')}
      </button>
    </div>
  );
}
