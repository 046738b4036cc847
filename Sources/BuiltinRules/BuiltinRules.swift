// The BuiltinRules module; see ARCHITECTURE.md for its one job.
