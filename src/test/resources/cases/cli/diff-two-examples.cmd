diff examples/town examples/periods
