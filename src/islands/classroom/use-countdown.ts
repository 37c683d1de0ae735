import { useEffect, useRef, useState } from 'preact/hooks';
import { secondsLeft, timerPhase, type QuestionTimer } from '../../lib/quiz/classroom-timer.ts';

/** A short tone through Web Audio: made on the device, no sound file to download. */
function beep(context: AudioContext) {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = 880;
  gain.gain.setValueAtTime(0.4, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.8);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + 0.8);
}

/**
 * The timer as the room sees it, re-rendered every quarter second while it runs. When it runs out
 * it beeps once if the host turned the sound on (browsers only allow audio after a key press or a
 * click, which turning it on is).
 */
export function useCountdown(timer: QuestionTimer | undefined, question: number, seconds: number, sound: boolean) {
  const [now, setNow] = useState(() => Date.now());
  const phase = timerPhase(timer, question, now);
  useEffect(() => {
    if (phase !== 'running') return;
    const tick = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(tick);
  }, [phase, timer]);
  // A new timer (T pressed) must show at once, not at the next tick.
  useEffect(() => setNow(Date.now()), [timer, question]);

  const audio = useRef<AudioContext>();
  useEffect(() => {
    if (sound && !audio.current && 'AudioContext' in window) audio.current = new AudioContext();
  }, [sound]);
  const last = useRef(phase);
  useEffect(() => {
    if (last.current === 'running' && phase === 'up' && sound && audio.current) beep(audio.current);
    last.current = phase;
  }, [phase, sound]);

  return { phase, left: secondsLeft(timer, question, seconds, now) };
}
