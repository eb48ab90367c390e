query models/ijsselland 'capacity[Deventr]' --at 2023-07-01 --diagnostics-format json
