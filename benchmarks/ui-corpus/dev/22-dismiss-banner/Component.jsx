import React, { useState } from "react";

export default function MaintenanceNotice() {
  const [visible, setVisible] = useState(true);
  const [remindLater, setRemindLater] = useState(false);
  return (
    <div>
      <h1>Dashboard</h1>
      {visible && (
        <aside role="region" aria-label="Maintenance notice">
          <p>Scheduled maintenance on Sunday from 02:00 to 04:00 UTC.</p>
          <button onClick={() => setVisible(false)}>Dismiss</button>
          <button
            onClick={() => {
              setVisible(false);
              setRemindLater(true);
            }}
          >
            Remind me later
          </button>
        </aside>
      )}
      {remindLater && <p role="status">We will remind you tomorrow</p>}
      {!visible && (
        <button onClick={() => setVisible(true)}>Show maintenance notice</button>
      )}
    </div>
  );
}
