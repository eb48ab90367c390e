eval models/ijsselland --report table_a --format csv --diagnostics-format json
