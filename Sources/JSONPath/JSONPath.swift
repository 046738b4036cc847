// The JSONPath module; see ARCHITECTURE.md for its one job.
