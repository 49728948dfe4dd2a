"""Services every case shares: workflow actions, details, attachments, presets, the CSV export."""
