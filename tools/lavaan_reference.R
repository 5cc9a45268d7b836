#!/usr/bin/env Rscript
# Prints a lavaan reference in the layout of tests/Lantern.Statistics.Tests/Reference/*.expected.json.
# Fit a model with lavaan's defaults and print the reference JSON in the layout of data/sem/*.expected.json.
# Needs Debian's r-cran-lavaan.  Usage: Rscript lavaan_reference.R MODEL.lav DATA.csv [cfa|sem] > NAME.expected.json
suppressMessages(library(lavaan))
a <- commandArgs(trailingOnly = TRUE)
model <- paste(readLines(a[1]), collapse = "\n")
data <- read.csv(a[2], na.strings = c("NA", ""))
fun <- if (length(a) >= 3 && a[3] == "cfa") cfa else sem
fit <- fun(model, data = data)
num <- function(x) if (is.na(x)) "null" else format(x, digits = 15)
str <- function(x) if (is.na(x) || x == "") "null" else paste0('"', gsub('"', '\\\\"', x), '"')
pe <- parameterEstimates(fit, standardized = TRUE)
rows <- vapply(seq_len(nrow(pe)), function(i) {
  r <- pe[i, ]
  sprintf('{"lhs": %s, "op": %s, "rhs": %s, "label": %s, "est": %s, "se": %s, "z": %s, "pvalue": %s, "ci_lower": %s, "ci_upper": %s, "std_all": %s}',
          str(r$lhs), str(r$op), str(r$rhs), str(if (is.null(r$label)) NA else r$label), num(r$est), num(r$se),
          num(r$z), num(r$pvalue), num(r$ci.lower), num(r$ci.upper), num(r$std.all))
}, "")
fm <- fitMeasures(fit, c("npar", "fmin", "chisq", "df", "pvalue", "baseline.chisq", "baseline.df", "cfi", "tli", "logl",
                         "unrestricted.logl", "aic", "bic", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "srmr"))
fits <- paste(sprintf('"%s": %s', names(fm), vapply(as.numeric(fm), num, "")), collapse = ", ")
cat(sprintf('{"source": "lavaan %s", "nobs": %d, "parameters": [\n %s\n], "fit": {%s}}\n',
            as.character(packageVersion("lavaan")), lavInspect(fit, "nobs"), paste(rows, collapse = ",\n "), fits))
