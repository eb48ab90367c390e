query models/ijsselland capacity --over '2000-01-01 .. 2050-12-31' --step daily --format xlsx -o no/such/folder/daily.xlsx
