repl models/ijsselland --script src/test/resources/cases/cli/stop-on-error.script --on-error stop
