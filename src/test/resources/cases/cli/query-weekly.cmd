query models/ijsselland 'capacity[kind = CNO]' --over '2023-01 .. 2023-02' --step weekly
