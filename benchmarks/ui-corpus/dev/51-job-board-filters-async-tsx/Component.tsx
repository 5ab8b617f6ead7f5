import React, { useEffect, useMemo, useState } from "react";

type Job = { id: number; title: string; team: string; location: string; remote: boolean };

function useJobs(): { jobs: Job[]; loading: boolean } {
  const [jobs, setJobs] = useState<Job[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let active = true;
    fetch("/api/jobs")
      .then((response) => response.json() as Promise<Job[]>)
      .then((data) => {
        if (!active) return;
        setJobs(data);
        setLoading(false);
      });
    return () => {
      active = false;
    };
  }, []);
  return { jobs, loading };
}

function countLabel(n: number): string {
  return n === 1 ? "1 open position" : `${n} open positions`;
}

export default function JobBoard(): JSX.Element {
  const { jobs, loading } = useJobs();
  const [team, setTeam] = useState<string>("all");
  const [remoteOnly, setRemoteOnly] = useState(false);

  const teams = useMemo(() => Array.from(new Set(jobs.map((job) => job.team))).sort(), [jobs]);
  const shown = jobs.filter((job) => (team === "all" || job.team === team) && (!remoteOnly || job.remote));

  if (loading) return <p>Loading open positions…</p>;

  return (
    <section>
      <h1>Careers</h1>
      <div className="filters">
        <label htmlFor="team">Team</label>
        <select id="team" value={team} onChange={(e) => setTeam(e.target.value)}>
          <option value="all">All teams</option>
          {teams.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={remoteOnly} onChange={(e) => setRemoteOnly(e.target.checked)} />
          Remote only
        </label>
      </div>
      <p aria-live="polite">{countLabel(shown.length)}</p>
      {shown.length === 0 ? (
        <p>No positions match your filters.</p>
      ) : (
        <ul>
          {shown.map((job) => (
            <li key={job.id}>
              <h3>{job.title}</h3>
              <span>
                {job.team} · {job.remote ? "Remote" : job.location}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
