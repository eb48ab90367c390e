query models/ijsselland 'capacity[kind = CNO]' --over '2022-11-15, 2022-12-01 .. 2023-07-01' --step monthly
