diff examples/town examples/town
