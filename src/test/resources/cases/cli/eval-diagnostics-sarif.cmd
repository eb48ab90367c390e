eval models/ijsselland --report table_z --diagnostics-format sarif
