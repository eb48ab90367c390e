query models/ijsselland 'capacity[kind = CNO]' --at 2023-W09
