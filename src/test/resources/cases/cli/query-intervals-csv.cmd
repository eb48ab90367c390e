query models/ijsselland 'capacity[Deventer]' --format csv
