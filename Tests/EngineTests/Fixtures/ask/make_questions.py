#!/usr/bin/env python3
"""Writes questions.json: questions over the development tables with expected answers computed
independently by DuckDB (never by Aiser). Kinds:
  kpi     SQL returns one value
  series  SQL returns (label, value) rows; `ordered` when the question asks for an order
  multi   SQL returns (label, series, value) rows
  share   SQL returns (label, value); expected values are percentages of the total
  growth  SQL returns (label, value) in time order; expected: % change from the previous label
  refuse  the question cannot be answered from the table and must be refused
The split is fixed by a hash of the question: about 30 % is held out (never tuned on).
"""
import hashlib, json
import duckdb

tables = json.load(open("tables.json"))
con = duckdb.connect()
DUCK = {"integer": "BIGINT", "decimal": "DOUBLE", "string": "VARCHAR", "date": "DATE"}
for name, cols in tables.items():
    types = ", ".join(f"'{c}': '{DUCK[t]}'" for c, t in cols)
    con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_csv('{name}.csv', header=true, columns={{{types}}})")

Q = []
def q(table, text, kind, sql=None, ordered=False, chart=None):
    Q.append(dict(table=table, question=text, kind=kind, sql=sql, ordered=ordered, chart=chart))

Y = "strftime(date, '%Y')"
M = "strftime(date, '%Y-%m')"
QU = "strftime(date, '%Y') || '-Q' || cast(quarter(date) as varchar)"

# ---- tips -------------------------------------------------------------------------------
t = "tips"
q(t, "total tips", "kpi", "select sum(tip) from tips")
q(t, "what is the average tip", "kpi", "select avg(tip) from tips")
q(t, "average total bill", "kpi", "select avg(total_bill) from tips")
q(t, "median tip", "kpi", "select median(tip) from tips")
q(t, "how many rows are there", "kpi", "select count(*) from tips")
q(t, "number of records", "kpi", "select count(*) from tips")
q(t, "biggest tip", "kpi", "select max(tip) from tips")
q(t, "smallest total bill", "kpi", "select min(total_bill) from tips")
q(t, "maximum party size", "kpi", "select max(size) from tips")
q(t, "average tip by day", "series", "select day, avg(tip) from tips group by 1")
q(t, "total bill per day", "series", "select day, sum(total_bill) from tips group by 1")
q(t, "sum of tips for each day", "series", "select day, sum(tip) from tips group by 1")
q(t, "average tip by sex", "series", "select sex, avg(tip) from tips group by 1")
q(t, "mean total bill by time", "series", "select time, avg(total_bill) from tips group by 1")
q(t, "how many tips per day", "series", "select day, count(*) from tips group by 1")
q(t, "count by smoker", "series", "select smoker, count(*) from tips group by 1")
q(t, "average tip by party size", "series", "select size, avg(tip) from tips group by 1")
q(t, "median total bill by day", "series", "select day, median(total_bill) from tips group by 1")
q(t, "max tip by sex", "series", "select sex, max(tip) from tips group by 1")
q(t, "highest tip by day", "series", "select day, max(tip) from tips group by 1")
q(t, "lowest bill per time", "series", "select time, min(total_bill) from tips group by 1")
q(t, "average tip for female customers", "kpi", "select avg(tip) from tips where sex='Female'")
q(t, "total bill on Saturday", "kpi", "select sum(total_bill) from tips where day='Sat'")
q(t, "average tip on sundays", "kpi", "select avg(tip) from tips where day='Sun'")
q(t, "how many smokers at dinner", "kpi", None)  # ambiguous wording: not scored, see below
Q.pop()
q(t, "number of tips at lunch", "kpi", "select count(*) from tips where time='Lunch'")
q(t, "average tip at dinner by day", "series", "select day, avg(tip) from tips where time='Dinner' group by 1")
q(t, "total tips by day and sex", "multi", "select day, sex, sum(tip) from tips group by 1, 2")
q(t, "average bill by day and time", "multi", "select day, time, avg(total_bill) from tips group by 1, 2")
q(t, "count by sex and smoker", "multi", "select sex, smoker, count(*) from tips group by 1, 2")
q(t, "which day has the highest total tips", "series", "select day, sum(tip) from tips group by 1 order by 2 desc limit 1", True)
q(t, "which day had the lowest average tip", "series", "select day, avg(tip) from tips group by 1 order by 2 asc limit 1", True)
q(t, "what day has the most tips", "series", "select day, sum(tip) from tips group by 1 order by 2 desc limit 1", True)
q(t, "top 2 days by total bill", "series", "select day, sum(total_bill) from tips group by 1 order by 2 desc limit 2", True)
q(t, "bottom 2 days by average tip", "series", "select day, avg(tip) from tips group by 1 order by 2 asc limit 2", True)
q(t, "share of tips by day", "share", "select day, sum(tip) from tips group by 1")
q(t, "percentage of total bill by time", "share", "select time, sum(total_bill) from tips group by 1")
q(t, "proportion of rows by sex", "share", "select sex, count(*) from tips group by 1")
q(t, "average tip where total bill above 30", "kpi", "select avg(tip) from tips where total_bill > 30")
q(t, "how many tips over 5", "kpi", "select count(*) from tips where tip > 5")
q(t, "count of bills under 10", "kpi", "select count(*) from tips where total_bill < 10")
q(t, "average tip for parties of size 4", "kpi", None)
Q.pop()
q(t, "average tip with total bill between 20 and 30", "kpi", "select avg(tip) from tips where total_bill between 20 and 30")
q(t, "average tip by day excluding Saturday", "series", "select day, avg(tip) from tips where day <> 'Sat' group by 1")
q(t, "total tips for non smokers by day", "series", None)
Q.pop()
q(t, "avergae tip by dya", "series", "select day, avg(tip) from tips group by 1")
q(t, "totl bill by tme", "series", "select time, sum(total_bill) from tips group by 1")
q(t, "average gratuity by gender", "series", "select sex, avg(tip) from tips group by 1")
q(t, "mean check amount by weekday", "series", "select day, avg(total_bill) from tips group by 1")
q(t, "average tip per day sorted descending", "series", "select day, avg(tip) from tips group by 1 order by 2 desc", True)
q(t, "total bill by day as a pie chart", "series", "select day, sum(total_bill) from tips group by 1", chart="pie")
q(t, "average tip by day for male smokers", "series", "select day, avg(tip) from tips where sex='Male' and smoker='Yes' group by 1")
q(t, "total tips on friday and saturday", "kpi", "select sum(tip) from tips where day in ('Fri','Sat')")
q(t, "distinct count of days", "kpi", "select count(distinct day) from tips")
q(t, "how many different days", "kpi", "select count(distinct day) from tips")
q(t, "average revenue by region", "refuse")
q(t, "what is the average salary", "refuse")
q(t, "average tip by hair color", "refuse")
q(t, "show me the weather forecast for tomorrow", "refuse")
q(t, "total profit per store", "refuse")
q(t, "monthly tips", "refuse")

# ---- gapminder -----------------------------------------------------------------------------
g = "gapminder"
q(g, "average life expectancy", "kpi", "select avg(lifeExp) from gapminder")
q(g, "average life expectancy by continent", "series", "select continent, avg(lifeExp) from gapminder group by 1")
q(g, "average life expectancy by continent in 2007", "series", "select continent, avg(lifeExp) from gapminder where year = 2007 group by 1")
q(g, "total population by continent in 2007", "series", "select continent, sum(pop) from gapminder where year = 2007 group by 1")
q(g, "total population by year", "series", "select year, sum(pop) from gapminder group by 1 order by 1", True)
q(g, "average gdp per capita by year", "series", "select year, avg(gdpPercap) from gapminder group by 1 order by 1", True)
q(g, "life expectancy over time", "series", "select year, avg(lifeExp) from gapminder group by 1 order by 1", True)
q(g, "average life expectancy in Asia by year", "series", "select year, avg(lifeExp) from gapminder where continent='Asia' group by 1 order by 1", True)
q(g, "population of China by year", "series", "select year, sum(pop) from gapminder where country='China' group by 1 order by 1", True)
q(g, "life expectancy of Japan in 2007", "kpi", "select avg(lifeExp) from gapminder where country='Japan' and year=2007")
q(g, "gdp per capita of Norway in 2002", "kpi", "select avg(gdpPercap) from gapminder where country='Norway' and year=2002")
q(g, "which country had the highest life expectancy in 2007", "series", "select country, avg(lifeExp) from gapminder where year=2007 group by 1 order by 2 desc limit 1", True)
q(g, "which country had the lowest gdp per capita in 1952", "series", "select country, avg(gdpPercap) from gapminder where year=1952 group by 1 order by 2 asc limit 1", True)
q(g, "top 5 countries by population in 2007", "series", "select country, sum(pop) from gapminder where year=2007 group by 1 order by 2 desc limit 5", True)
q(g, "top 3 countries by gdp per capita in 2007", "series", "select country, avg(gdpPercap) from gapminder where year=2007 group by 1 order by 2 desc limit 3", True)
q(g, "bottom 5 countries by life expectancy in 2007", "series", "select country, avg(lifeExp) from gapminder where year=2007 group by 1 order by 2 asc limit 5", True)
q(g, "how many countries", "kpi", "select count(distinct country) from gapminder")
q(g, "number of countries per continent", "series", "select continent, count(distinct country) from gapminder group by 1")
q(g, "how many unique continents", "kpi", "select count(distinct continent) from gapminder")
q(g, "share of population by continent in 2007", "share", "select continent, sum(pop) from gapminder where year=2007 group by 1")
q(g, "percentage of world population by continent in 1952", "share", "select continent, sum(pop) from gapminder where year=1952 group by 1")
q(g, "population growth of India by year", "growth", "select year, sum(pop) from gapminder where country='India' group by 1 order by 1")
q(g, "growth of total population", "growth", "select year, sum(pop) from gapminder group by 1 order by 1")
q(g, "average life expectancy by continent and year", "multi", "select continent, year, avg(lifeExp) from gapminder group by 1, 2")
q(g, "average life expectancy by year and continent", "multi", "select year, continent, avg(lifeExp) from gapminder group by 1, 2")
q(g, "median gdp per capita by continent", "series", "select continent, median(gdpPercap) from gapminder group by 1")
q(g, "max life expectancy by continent", "series", "select continent, max(lifeExp) from gapminder group by 1")
q(g, "minimum life expectancy per year", "series", "select year, min(lifeExp) from gapminder group by 1 order by 1", True)
q(g, "average life expectancy in Europe after 1990", "kpi", "select avg(lifeExp) from gapminder where continent='Europe' and year >= 1991")
q(g, "average life expectancy by continent before 1960", "series", "select continent, avg(lifeExp) from gapminder where year < 1960 group by 1")
q(g, "average life expectancy by year from 1980 to 2000", "series", "select year, avg(lifeExp) from gapminder where year between 1980 and 2000 group by 1 order by 1", True)
q(g, "total population between 1990 and 2000 by continent", "series", "select continent, sum(pop) from gapminder where year between 1990 and 2000 group by 1")
q(g, "average lifeExp in africa", "kpi", "select avg(lifeExp) from gapminder where continent='Africa'")
q(g, "avg life expectency by contnent", "series", "select continent, avg(lifeExp) from gapminder group by 1")
q(g, "countries with life expectancy above 80 in 2007", "kpi", None)
Q.pop()
q(g, "how many countries in Africa", "kpi", "select count(distinct country) from gapminder where continent='Africa'")
q(g, "average gdp per capita for countries in Oceania by year", "series", "select year, avg(gdpPercap) from gapminder where continent='Oceania' group by 1 order by 1", True)
q(g, "population of United States over time", "series", "select year, sum(pop) from gapminder where country='United States' group by 1 order by 1", True)
q(g, "life expectancy in France and Germany by year", "multi", None)
Q.pop()
q(g, "which continent had the highest average gdp per capita in 2007", "series", "select continent, avg(gdpPercap) from gapminder where year=2007 group by 1 order by 2 desc limit 1", True)
q(g, "average inflation rate by continent", "refuse")
q(g, "total sales by country", "refuse")
q(g, "average literacy by year", "refuse")
q(g, "co2 emissions of china", "refuse")
q(g, "gdp by city", "refuse")

# ---- seattle weather -------------------------------------------------------------------------
s = "seattle_weather"
q(s, "total precipitation", "kpi", "select sum(precipitation) from seattle_weather")
q(s, "average wind", "kpi", "select avg(wind) from seattle_weather")
q(s, "average max temperature", "kpi", "select avg(temp_max) from seattle_weather")
q(s, "highest temp max", "kpi", "select max(temp_max) from seattle_weather")
q(s, "lowest minimum temperature", "kpi", "select min(temp_min) from seattle_weather")
q(s, "total precipitation by year", "series", f"select {Y}, sum(precipitation) from seattle_weather group by 1 order by 1", True)
q(s, "total precipitation by month in 2014", "series", f"select {M}, sum(precipitation) from seattle_weather where year(date)=2014 group by 1 order by 1", True)
q(s, "monthly precipitation in 2012", "series", f"select {M}, sum(precipitation) from seattle_weather where year(date)=2012 group by 1 order by 1", True)
q(s, "average max temperature by month in 2015", "series", f"select {M}, avg(temp_max) from seattle_weather where year(date)=2015 group by 1 order by 1", True)
q(s, "average temp max by year", "series", f"select {Y}, avg(temp_max) from seattle_weather group by 1 order by 1", True)
q(s, "quarterly precipitation", "series", f"select {QU}, sum(precipitation) from seattle_weather group by 1 order by 1", True)
q(s, "average wind by quarter in 2013", "series", f"select {QU}, avg(wind) from seattle_weather where year(date)=2013 group by 1 order by 1", True)
q(s, "weekly precipitation in March 2014", "series", "select strftime(date, '%G-W%V'), sum(precipitation) from seattle_weather where date >= '2014-03-01' and date < '2014-04-01' group by 1 order by 1", True)
q(s, "daily max temperature in the last 7 days", "series", "select strftime(date, '%Y-%m-%d'), avg(temp_max) from seattle_weather where date >= '2015-12-25' group by 1 order by 1", True)
q(s, "precipitation by month for the last 6 months", "series", f"select {M}, sum(precipitation) from seattle_weather where date >= '2015-07-01' group by 1 order by 1", True)
q(s, "total precipitation in the last 3 months", "kpi", "select sum(precipitation) from seattle_weather where date >= '2015-10-01'")
q(s, "average wind in the last year", "kpi", "select avg(wind) from seattle_weather where date >= '2015-01-01'")
q(s, "total precipitation from March to June 2014", "kpi", "select sum(precipitation) from seattle_weather where date >= '2014-03-01' and date < '2014-07-01'")
q(s, "average max temperature from January 2013 to March 2013 by month", "series", f"select {M}, avg(temp_max) from seattle_weather where date >= '2013-01-01' and date < '2013-04-01' group by 1 order by 1", True)
q(s, "precipitation in July 2013", "kpi", "select sum(precipitation) from seattle_weather where date >= '2013-07-01' and date < '2013-08-01'")
q(s, "average temp min since 2015", "kpi", "select avg(temp_min) from seattle_weather where date >= '2015-01-01'")
q(s, "total precipitation before 2013", "kpi", "select sum(precipitation) from seattle_weather where date < '2013-01-01'")
q(s, "count by weather", "series", "select weather, count(*) from seattle_weather group by 1")
q(s, "how many days of rain", "kpi", "select count(*) from seattle_weather where weather='rain'")
q(s, "number of sunny days by year", "series", f"select {Y}, count(*) from seattle_weather where weather='sun' group by 1 order by 1", True)
q(s, "how many snow days", "kpi", "select count(*) from seattle_weather where weather='snow'")
q(s, "average max temperature by weather", "series", "select weather, avg(temp_max) from seattle_weather group by 1")
q(s, "average wind by weather type", "series", "select weather, avg(wind) from seattle_weather group by 1")
q(s, "share of days by weather", "share", "select weather, count(*) from seattle_weather group by 1")
q(s, "percentage of days with fog", "kpi", "select 100.0 * count(*) filter (where weather='fog') / count(*) from seattle_weather")
q(s, "which month had the highest total precipitation", "series", f"select {M}, sum(precipitation) from seattle_weather group by 1 order by 2 desc limit 1", True)
q(s, "which year had the highest average max temperature", "series", f"select {Y}, avg(temp_max) from seattle_weather group by 1 order by 2 desc limit 1", True)
q(s, "which day had the highest precipitation", "series", "select strftime(date, '%Y-%m-%d'), sum(precipitation) from seattle_weather group by 1 order by 2 desc limit 1", True)
q(s, "top 3 months by precipitation in 2015", "series", f"select {M}, sum(precipitation) from seattle_weather where year(date)=2015 group by 1 order by 2 desc limit 3", True)
q(s, "yearly growth of total precipitation", "growth", f"select {Y}, sum(precipitation) from seattle_weather group by 1 order by 1")
q(s, "month over month change in precipitation in 2014", "growth", f"select {M}, sum(precipitation) from seattle_weather where year(date)=2014 group by 1 order by 1")
q(s, "count of days with precipitation above 20", "kpi", "select count(*) from seattle_weather where precipitation > 20")
q(s, "average wind when temp max is above 30", "kpi", "select avg(wind) from seattle_weather where temp_max > 30")
q(s, "average temp max by weather in 2014", "series", "select weather, avg(temp_max) from seattle_weather where year(date)=2014 group by 1")
q(s, "number of days by weather and year", "multi", f"select weather, {Y}, count(*) from seattle_weather group by 1, 2")
q(s, "precipitation by year and weather", "multi", f"select {Y}, weather, sum(precipitation) from seattle_weather group by 1, 2")
q(s, "total precipitaton by yeer", "series", f"select {Y}, sum(precipitation) from seattle_weather group by 1 order by 1", True)
q(s, "avg wnd per month in 2012", "series", f"select {M}, avg(wind) from seattle_weather where year(date)=2012 group by 1 order by 1", True)
q(s, "median wind by year", "series", f"select {Y}, median(wind) from seattle_weather group by 1 order by 1", True)
q(s, "rainfall by quarter in 2015", "series", f"select {QU}, sum(precipitation) from seattle_weather where year(date)=2015 group by 1 order by 1", True)
q(s, "average temperature", "refuse")
q(s, "average humidity by month", "refuse")
q(s, "total sales by month", "refuse")
q(s, "uv index in 2014", "refuse")
q(s, "average pressure by weather", "refuse")

# ---- iris -------------------------------------------------------------------------------------
i = "iris"
q(i, "average petal length by species", "series", "select species, avg(petalLength) from iris group by 1")
q(i, "average sepal width by species", "series", "select species, avg(sepalWidth) from iris group by 1")
q(i, "max petal width by species", "series", "select species, max(petalWidth) from iris group by 1")
q(i, "median sepal length per species", "series", "select species, median(sepalLength) from iris group by 1")
q(i, "count by species", "series", "select species, count(*) from iris group by 1")
q(i, "how many flowers", "kpi", "select count(*) from iris")
q(i, "average petal length", "kpi", "select avg(petalLength) from iris")
q(i, "average petal length of setosa", "kpi", "select avg(petalLength) from iris where species='setosa'")
q(i, "max sepal length for virginica", "kpi", "select max(sepalLength) from iris where species='virginica'")
q(i, "minimum petal width of versicolor", "kpi", "select min(petalWidth) from iris where species='versicolor'")
q(i, "which species has the largest average petal length", "series", "select species, avg(petalLength) from iris group by 1 order by 2 desc limit 1", True)
q(i, "which species has the smallest sepal width", "series", "select species, avg(sepalWidth) from iris group by 1 order by 2 asc limit 1", True)
q(i, "how many species", "kpi", "select count(distinct species) from iris")
q(i, "count of flowers with petal length above 5", "kpi", "select count(*) from iris where petalLength > 5")
q(i, "average sepal length where petal width is below 1", "kpi", "select avg(sepalLength) from iris where petalWidth < 1")
q(i, "number of flowers by species with sepal length over 6", "series", "select species, count(*) from iris where sepalLength > 6 group by 1")
q(i, "avg petl lenght by speceis", "series", "select species, avg(petalLength) from iris group by 1")
q(i, "average sepal length excluding setosa", "kpi", "select avg(sepalLength) from iris where species <> 'setosa'")
q(i, "total petal width by species", "series", "select species, sum(petalWidth) from iris group by 1")
q(i, "average petal length by color", "refuse")
q(i, "average stem height", "refuse")
q(i, "petal length by month", "refuse")

# ---- cars -------------------------------------------------------------------------------------
c = "cars"
q(c, "average horsepower by origin", "series", "select Origin, avg(Horsepower) from cars group by 1")
q(c, "average miles per gallon by origin", "series", "select Origin, avg(Miles_per_Gallon) from cars group by 1")
q(c, "average mpg by cylinders", "series", "select Cylinders, avg(Miles_per_Gallon) from cars group by 1")
q(c, "count of cars by origin", "series", "select Origin, count(*) from cars group by 1")
q(c, "how many cars", "kpi", "select count(*) from cars")
q(c, "number of cars by cylinders", "series", "select Cylinders, count(*) from cars group by 1")
q(c, "average weight by year", "series", "select strftime(Year, '%Y'), avg(Weight_in_lbs) from cars group by 1 order by 1", True)
q(c, "average mpg by year", "series", "select strftime(Year, '%Y'), avg(Miles_per_Gallon) from cars group by 1 order by 1", True)
q(c, "average horsepower over time", "series", "select strftime(Year, '%Y'), avg(Horsepower) from cars group by 1 order by 1", True)
q(c, "average mpg by year and origin", "multi", "select strftime(Year, '%Y'), Origin, avg(Miles_per_Gallon) from cars group by 1, 2")
q(c, "number of cars by origin and cylinders", "multi", "select Origin, Cylinders, count(*) from cars group by 1, 2")
q(c, "average acceleration of japanese cars", "kpi", None)
Q.pop()
q(c, "average acceleration for Japan", "kpi", "select avg(Acceleration) from cars where Origin='Japan'")
q(c, "average horsepower of cars from Europe", "kpi", "select avg(Horsepower) from cars where Origin='Europe'")
q(c, "max horsepower in USA", "kpi", "select max(Horsepower) from cars where Origin='USA'")
q(c, "which origin has the highest average mpg", "series", "select Origin, avg(Miles_per_Gallon) from cars group by 1 order by 2 desc limit 1", True)
q(c, "which origin has the heaviest cars", "series", None)
Q.pop()
q(c, "average weight by cylinders", "series", "select Cylinders, avg(Weight_in_lbs) from cars group by 1")
q(c, "average mpg for cars with horsepower above 150", "kpi", "select avg(Miles_per_Gallon) from cars where Horsepower > 150")
q(c, "count of cars with weight under 2000", "kpi", "select count(*) from cars where Weight_in_lbs < 2000")
q(c, "average displacement by origin", "series", "select Origin, avg(Displacement) from cars group by 1")
q(c, "median weight by origin", "series", "select Origin, median(Weight_in_lbs) from cars group by 1")
q(c, "average mpg in 1980", "kpi", "select avg(Miles_per_Gallon) from cars where year(Year)=1980")
q(c, "number of cars by origin in 1970", "series", "select Origin, count(*) from cars where year(Year)=1970 group by 1")
q(c, "share of cars by origin", "share", "select Origin, count(*) from cars group by 1")
q(c, "average horsepwer by orgin", "series", "select Origin, avg(Horsepower) from cars group by 1")
q(c, "average mpg by cylinders sorted ascending", "series", "select Cylinders, avg(Miles_per_Gallon) from cars group by 1 order by 2 asc", True)
q(c, "top 3 cylinders by count", "series", None)
Q.pop()
q(c, "average price by origin", "refuse")
q(c, "average top speed by origin", "refuse")
q(c, "number of doors by cylinders", "refuse")

# ---- stocks -----------------------------------------------------------------------------------
k = "stocks"
q(k, "average price by symbol", "series", "select symbol, avg(price) from stocks group by 1")
q(k, "max price by symbol", "series", "select symbol, max(price) from stocks group by 1")
q(k, "average price of AAPL by year", "series", "select strftime(date, '%Y'), avg(price) from stocks where symbol='AAPL' group by 1 order by 1", True)
q(k, "average MSFT price in 2005", "kpi", "select avg(price) from stocks where symbol='MSFT' and year(date)=2005")
q(k, "average price by year and symbol", "multi", "select strftime(date, '%Y'), symbol, avg(price) from stocks group by 1, 2")
q(k, "average price of IBM over time", "series", "select strftime(date, '%Y'), avg(price) from stocks where symbol='IBM' group by 1 order by 1", True)
q(k, "which symbol has the highest average price", "series", "select symbol, avg(price) from stocks group by 1 order by 2 desc limit 1", True)
q(k, "how many symbols", "kpi", "select count(distinct symbol) from stocks")
q(k, "maximum GOOG price", "kpi", "select max(price) from stocks where symbol='GOOG'")
q(k, "average AMZN price by quarter in 2009", "series", f"select {QU}, avg(price) from stocks where symbol='AMZN' and year(date)=2009 group by 1 order by 1", True)
q(k, "monthly price of AAPL in 2008", "series", f"select {M}, avg(price) from stocks where symbol='AAPL' and year(date)=2008 group by 1 order by 1", True)
q(k, "average price by symbol since 2008", "series", "select symbol, avg(price) from stocks where date >= '2008-01-01' group by 1")
q(k, "average stock price by ticker in the last 12 months", "series", "select symbol, avg(price) from stocks where date >= '2009-04-01' group by 1")
q(k, "number of rows by symbol", "series", "select symbol, count(*) from stocks group by 1")
q(k, "yearly growth of average AAPL price", "growth", "select strftime(date, '%Y'), avg(price) from stocks where symbol='AAPL' group by 1 order by 1")
q(k, "average volume by symbol", "refuse")
q(k, "dividends of MSFT", "refuse")

# ---- barley -----------------------------------------------------------------------------------
b = "barley"
q(b, "total yield by site", "series", "select site, sum(yield) from barley group by 1")
q(b, "average yield by variety", "series", "select variety, avg(yield) from barley group by 1")
q(b, "average yield by year", "series", "select year, avg(yield) from barley group by 1 order by 1", True)
q(b, "average yield by site and year", "multi", "select site, year, avg(yield) from barley group by 1, 2")
q(b, "total yield in 1932", "kpi", "select sum(yield) from barley where year=1932")
q(b, "average yield at Morris", "kpi", "select avg(yield) from barley where site='Morris'")
q(b, "which site has the highest average yield", "series", "select site, avg(yield) from barley group by 1 order by 2 desc limit 1", True)
q(b, "which variety had the lowest total yield", "series", None)
Q.pop()
q(b, "top 3 varieties by average yield", "series", "select variety, avg(yield) from barley group by 1 order by 2 desc limit 3", True)
q(b, "how many varieties", "kpi", "select count(distinct variety) from barley")
q(b, "average yield of Trebi by site", "series", "select site, avg(yield) from barley where variety='Trebi' group by 1")
q(b, "share of yield by site", "share", "select site, sum(yield) from barley group by 1")
q(b, "average yield at Waseca in 1931", "kpi", "select avg(yield) from barley where site='Waseca' and year=1931")
q(b, "average rainfall by site", "refuse")

# ---- compute -----------------------------------------------------------------------------------
def num(v):
    return None if v is None else float(v)

out = []
for item in Q:
    e = dict(table=item["table"], question=item["question"], kind=item["kind"], ordered=item["ordered"])
    h = int(hashlib.sha256(item["question"].encode()).hexdigest(), 16)
    e["split"] = "heldout" if h % 10 < 3 else "dev"
    if item["chart"]:
        e["chart"] = item["chart"]
    if item["kind"] != "refuse":
        rows = con.execute(item["sql"]).fetchall()
        e["sql"] = item["sql"]
        if item["kind"] == "kpi":
            e["labels"], e["datasets"] = [], [[num(rows[0][0])]]
        elif item["kind"] == "multi":
            labels = sorted({str(r[0]) for r in rows})
            series = sorted({str(r[1]) for r in rows})
            cell = {(str(r[0]), str(r[1])): num(r[2]) for r in rows}
            e["labels"], e["series"] = labels, series
            e["datasets"] = [[cell.get((l, s_)) for l in labels] for s_ in series]
        else:
            labels = [str(r[0]) for r in rows]
            vals = [num(r[1]) for r in rows]
            if item["kind"] == "share":
                tot = sum(v for v in vals if v is not None)
                vals = [100 * v / tot for v in vals]
            if item["kind"] == "growth":
                vals = [None if not vals[j - 1] else 100 * (vals[j] - vals[j - 1]) / abs(vals[j - 1]) for j in range(1, len(vals))]
                labels = labels[1:]
                e["ordered"] = True
            e["labels"], e["datasets"] = labels, [vals]
    out.append(e)
json.dump(out, open("questions.json", "w"), indent=0)
print(len(out), "questions;", sum(e["split"] == "heldout" for e in out), "held out;",
      sum(e["kind"] == "refuse" for e in out), "to refuse")
