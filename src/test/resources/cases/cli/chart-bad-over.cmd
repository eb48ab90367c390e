chart models/ijsselland 'azc, cnx' --over '2023-01 .. 2023-13'
