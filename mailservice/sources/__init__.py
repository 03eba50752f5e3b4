"""Where inbound mail comes from. Every source calls ``ingest.store`` before it acknowledges a message."""
