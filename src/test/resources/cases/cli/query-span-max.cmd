query models/ijsselland 'max(capacity[kind = CNO] over 2022-12-15 .. 2023-02-15)'
