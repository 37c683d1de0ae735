import { formatMessage } from '@/i18n/format-message.ts';
import { useEffect, useState } from 'preact/hooks';
import {
  formatPosition,
  positionFailure,
  type PositionFailure,
  type SpokenPosition,
} from '../../lib/location/format-position.ts';

export interface LocationLabels {
  button: string;
  waiting: string;
  latitude: string;
  longitude: string;
  north: string;
  south: string;
  east: string;
  west: string;
  /** "about {m} m" */
  accuracy: string;
  say: string;
  failure: Record<PositionFailure, string>;
}

type View =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | { kind: 'found'; position: SpokenPosition }
  | { kind: 'failed'; failure: PositionFailure };

/**
 * "Where am I": reads the phone's GPS, which works without mobile data, and shows the coordinates
 * large enough to read out to a 119 dispatcher. Nothing is sent anywhere.
 */
export default function LocationCard({ labels }: { labels: LocationLabels }) {
  const [view, setView] = useState<View>({ kind: 'idle' });
  // Rendered on the server disabled, so a tap before the script arrives is not silently lost.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const locate = () => {
    if (!('geolocation' in navigator)) return setView({ kind: 'failed', failure: 'unsupported' });
    setView({ kind: 'waiting' });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) =>
        setView({ kind: 'found', position: formatPosition(coords.latitude, coords.longitude, coords.accuracy) }),
      (error) => setView({ kind: 'failed', failure: positionFailure(error.code) }),
      { enableHighAccuracy: true, timeout: 30_000, maximumAge: 60_000 },
    );
  };

  return (
    <div class="location-live" aria-live="polite">
      <button type="button" class="button primary" onClick={locate} disabled={!ready || view.kind === 'waiting'}>
        {labels.button}
      </button>
      {view.kind === 'waiting' && <p>{labels.waiting}</p>}
      {view.kind === 'failed' && (
        <p class="note" role="alert">
          {labels.failure[view.failure]}
        </p>
      )}
      {view.kind === 'found' && (
        <div class="coordinates">
          <p>{labels.say}</p>
          <dl>
            <dt>{labels.latitude}</dt>
            <dd>
              <span class="hemisphere">{view.position.north ? labels.north : labels.south}</span>{' '}
              <strong data-testid="latitude">{view.position.latitude}</strong>°
            </dd>
            <dt>{labels.longitude}</dt>
            <dd>
              <span class="hemisphere">{view.position.east ? labels.east : labels.west}</span>{' '}
              <strong data-testid="longitude">{view.position.longitude}</strong>°
            </dd>
          </dl>
          <p class="accuracy">{formatMessage(labels.accuracy, { m: view.position.accuracyMetres })}</p>
        </div>
      )}
    </div>
  );
}
