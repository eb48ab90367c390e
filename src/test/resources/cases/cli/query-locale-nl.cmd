query models/ijsselland azc --over 2023-H1,2023-H2 --locale nl
