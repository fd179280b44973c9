"""planflow_vn: Vietnamese timeframes, the Vietnamese work calendar and national rules.

Built-in plugin, registered through the ``planflow`` entry point like any third-party
plugin; it imports only planflow's public API.
"""
