"""The home screen (dashboard): tiles, charts, and the Home | Incidents tabs."""
