"""The employer's duty (issue 17): policy, consultation desk, procedures, training, cooperation
requests and retention, one page module each, reached from the Duty menu (``duty_menu.py``)."""
