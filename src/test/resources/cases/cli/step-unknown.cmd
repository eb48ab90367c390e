query models/ijsselland azc --over '2023-01 .. 2023-06' --step fortnightly
