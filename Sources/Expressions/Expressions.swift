// The Expressions module; see ARCHITECTURE.md for its one job.
