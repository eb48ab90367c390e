query models/ijsselland 'capacity[location = "ROL Zwolle"]'
