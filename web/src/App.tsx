/**
 * The dashboard shell: a header with the engine's pause state, the live
 * connection and who you are; tabs for incidents, approvals, topology and
 * metrics, the ledger and memory. The route lives in the URL hash so that a
 * link to an incident can be shared and the back button works.
 */
import { useEffect, useState } from 'react';
import { useSession } from './api/session.js';
import { PauseSwitch } from './components/PauseSwitch.js';
import { ReasonDialog, type ReasonRequest } from './components/ReasonDialog.js';
import { TokenBox } from './components/TokenBox.js';
import { ApprovalsPanel, usePendingCount } from './panels/ApprovalsPanel.js';
import { IncidentsPanel } from './panels/IncidentsPanel.js';
import { LedgerPanel, VerifyStatus } from './panels/LedgerPanel.js';
import { MemoryPanel } from './panels/MemoryPanel.js';
import { TopologyPanel } from './panels/TopologyPanel.js';

const TABS = [
  ['incidents', 'Incidents'],
  ['approvals', 'Approvals'],
  ['topology', 'Topology & metrics'],
  ['ledger', 'Ledger'],
  ['memory', 'Memory'],
] as const;
type Tab = (typeof TABS)[number][0];

function parseHash(hash: string): { tab: Tab; id: string | undefined } {
  const [, tab, id] = hash.replace(/^#/, '').split('/');
  const known = TABS.find(([t]) => t === tab)?.[0] ?? 'incidents';
  return { tab: known, id: id ? decodeURIComponent(id) : undefined };
}

function useHashRoute() {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

const STREAM_TEXT = {
  live: 'live',
  connecting: 'connecting…',
  offline: 'reconnecting…',
  denied: 'not signed in',
};

export function App() {
  const { tab, id } = useHashRoute();
  const { stream } = useSession();
  const [request, setRequest] = useState<ReasonRequest | undefined>(undefined);
  const pending = usePendingCount();

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true" />
          homeostat
        </div>
        <PauseSwitch ask={setRequest} />
        <span
          className={`stream stream-${stream}`}
          data-testid="stream"
          data-status={stream}
          title="live event stream"
        >
          <span className="stream-dot" /> {STREAM_TEXT[stream]}
        </span>
        <div className="spacer" />
        <TokenBox />
      </header>
      <nav className="tabs">
        {TABS.map(([t, label]) => (
          <a key={t} href={`#/${t}`} className={`tab ${t === tab ? 'active' : ''}`} data-testid={`tab-${t}`}>
            {label}
            {t === 'approvals' && pending > 0 ? <span className="badge">{pending}</span> : null}
          </a>
        ))}
      </nav>
      <main className="main">
        {tab === 'incidents' ? (
          <>
            {pending > 0 ? (
              <a className="banner warn" href="#/approvals" data-testid="approval-banner">
                {pending} change{pending === 1 ? '' : 's'} waiting for approval →
              </a>
            ) : null}
            <IncidentsPanel selected={id} ask={setRequest} />
          </>
        ) : null}
        {tab === 'approvals' ? <ApprovalsPanel ask={setRequest} /> : null}
        {tab === 'topology' ? (
          <TopologyPanel
            entity={id}
            onSelect={(e) => (location.hash = `#/topology/${encodeURIComponent(e)}`)}
          />
        ) : null}
        {tab === 'ledger' ? <LedgerPanel /> : null}
        {tab === 'memory' ? <MemoryPanel /> : null}
      </main>
      <footer className="footer">{tab === 'ledger' ? null : <VerifyStatus />}</footer>
      <ReasonDialog request={request} onClose={() => setRequest(undefined)} />
    </div>
  );
}
