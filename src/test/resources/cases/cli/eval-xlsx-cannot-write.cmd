eval models/ijsselland --format xlsx -o no/such/folder/plan.xlsx
