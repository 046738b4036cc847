// The Reporters module; see ARCHITECTURE.md for its one job.
