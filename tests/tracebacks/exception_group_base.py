raise BaseExceptionGroup("b", [ValueError(1)])
