import { useCallback, useEffect, useRef, useState } from 'react';

/** The playback of simulated time: where it is, whether it runs, how fast. */
export interface Playback {
  t: number;
  playing: boolean;
  speed: number;
  setT: (t: number) => void;
  setSpeed: (speed: number) => void;
  toggle: () => void;
  restart: () => void;
}

/**
 * Plays simulated time from 0 to `end` at `speed` simulated seconds per real second,
 * on animation frames; starts from the beginning whenever `end` changes (a new result).
 */
export function usePlayback(end: number, initialSpeed: number): Playback {
  const [t, setTime] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(initialSpeed);
  const now = useRef(0);
  const setT = useCallback((value: number) => {
    now.current = value;
    setTime(value);
  }, []);
  useEffect(() => {
    setT(0);
    setSpeed(initialSpeed);
    setPlaying(end > 0);
  }, [end, initialSpeed, setT]);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last: number | null = null;
    const step = (stamp: number) => {
      const elapsed = last === null ? 0 : (stamp - last) / 1000;
      last = stamp;
      const next = Math.min(end, now.current + elapsed * speed);
      setT(next);
      if (next >= end) setPlaying(false);
      else frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, end, setT]);
  const toggle = useCallback(() => {
    setPlaying((p) => {
      if (!p && now.current >= end) setT(0);
      return !p;
    });
  }, [end, setT]);
  const restart = useCallback(() => {
    setT(0);
    setPlaying(true);
  }, [setT]);
  const seek = useCallback((value: number) => {
    setPlaying(false);
    setT(value);
  }, [setT]);
  return { t, playing, speed, setT: seek, setSpeed, toggle, restart };
}

/** The frame of a run that shows simulated time `t`: frames are spaced evenly over the run. */
export function frameAt(frames: number, seconds: number, t: number): number {
  if (t >= seconds || seconds <= 0) return frames - 1;
  return Math.min(frames - 1, Math.floor((t / seconds) * (frames - 1)));
}
