"""Meeting-room bookings: time slots, a calendar per office, reminders."""
