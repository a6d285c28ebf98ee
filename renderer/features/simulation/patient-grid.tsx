import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import { PATIENT_STATUS_LETTERS } from '../../../preload/contract';
import { STATUS_COLOURS } from './simulation-format';

type Letter = keyof typeof PATIENT_STATUS_LETTERS;

/** Cell size and columns that fit `count` cells into a box about `width` by `height`. */
export function gridLayout(count: number, width: number, height: number): { cell: number; columns: number; rows: number } {
  if (count === 0 || width <= 0) return { cell: 0, columns: 0, rows: 0 };
  const cell = Math.max(2, Math.min(14, Math.floor(Math.sqrt((width * height) / count))));
  const columns = Math.max(1, Math.floor(width / cell));
  return { cell, columns, rows: Math.ceil(count / columns) };
}

/**
 * One square per patient, coloured by where the patient stands: a canvas, because a grid
 * redraws many times a second during playback. Hovering names the patient and status.
 */
export function PatientGrid({ statuses, stride, label, height = 180 }: { statuses: string; stride: number; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const [hover, setHover] = useState<string | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const layout = gridLayout(statuses.length, width, height);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || layout.cell === 0) return;
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, layout.rows * layout.cell);
    const gap = layout.cell >= 5 ? 1 : 0;
    for (let i = 0; i < statuses.length; i++) {
      context.fillStyle = STATUS_COLOURS[statuses[i] as Letter] ?? '#ffffff';
      context.fillRect((i % layout.columns) * layout.cell, Math.floor(i / layout.columns) * layout.cell, layout.cell - gap, layout.cell - gap);
    }
  }, [statuses, width, layout.cell, layout.columns, layout.rows]);
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const onMove = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const index = Math.floor((event.clientY - rect.top) / layout.cell) * layout.columns + Math.floor((event.clientX - rect.left) / layout.cell);
    const letter = statuses[index] as Letter | undefined;
    setHover(letter ? `Patient ${index * stride + 1}: ${PATIENT_STATUS_LETTERS[letter]}` : null);
  };
  return (
    <Box ref={box} sx={{ width: '100%' }}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={`${label}: one square per patient`}
        title={hover ?? undefined}
        width={width * ratio}
        height={layout.rows * layout.cell * ratio}
        style={{ width, height: layout.rows * layout.cell, display: 'block' }}
        onMouseMove={onMove}
        onMouseLeave={() => setHover(null)}
      />
    </Box>
  );
}

/** The colours of the grid, named. */
export function GridLegend({ counts }: { counts?: Partial<Record<Letter, number>> }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, fontSize: 12, color: 'text.secondary' }}>
      {(Object.keys(PATIENT_STATUS_LETTERS) as Letter[]).map((letter) => (
        <Box key={letter} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Box sx={{ width: 10, height: 10, bgcolor: STATUS_COLOURS[letter], borderRadius: '2px' }} />
          {PATIENT_STATUS_LETTERS[letter]}
          {counts?.[letter] !== undefined && ` ${counts[letter]}`}
        </Box>
      ))}
    </Box>
  );
}

/** How many patients of a frame have each letter. */
export function letterCounts(statuses: string): Partial<Record<Letter, number>> {
  const counts: Partial<Record<Letter, number>> = {};
  for (const letter of statuses) counts[letter as Letter] = (counts[letter as Letter] ?? 0) + 1;
  return counts;
}
