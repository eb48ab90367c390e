eval models/ijsselland --diagnostics-format yaml
