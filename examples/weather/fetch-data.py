#!/usr/bin/env python3
"""Copies seattle-weather.csv from the vega_datasets package (MIT licence; the observations are
NOAA public-domain data) into data/. Dev time only:  pip install vega_datasets && python3 fetch-data.py"""
import os, shutil, vega_datasets

src = os.path.join(os.path.dirname(vega_datasets.__file__), "_data", "seattle-weather.csv")
dst = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "seattle-weather.csv")
shutil.copyfile(src, dst)
print("copied", dst)
