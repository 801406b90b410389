"""Qt widgets, models and delegates; nothing here calls llama_cpp directly."""
